package io.parzen.tpe.bench;

import io.parzen.tpe.Flavor;
import io.parzen.tpe.RandomSampler;
import io.parzen.tpe.Sampler;
import io.parzen.tpe.TpeSampler;
import io.parzen.tpe.TpeSettings;
import java.util.List;
import java.util.function.LongFunction;

/** A named way to build a sampler from a seed, as the benchmark compares them. */
public record SamplerVariant(String name, LongFunction<Sampler> factory) {

    public static final SamplerVariant RANDOM = new SamplerVariant("random", RandomSampler::new);
    public static final SamplerVariant TPE = new SamplerVariant("tpe", seed -> new TpeSampler(TpeSettings.defaults(seed)));
    public static final SamplerVariant TPE_MULTIVARIATE = new SamplerVariant("tpe-multivariate",
            seed -> new TpeSampler(TpeSettings.defaults(seed).withMultivariate(true)));
    public static final SamplerVariant HYPEROPT = new SamplerVariant("tpe-hyperopt",
            seed -> new TpeSampler(TpeSettings.forFlavor(seed, Flavor.HYPEROPT)));
    public static final SamplerVariant TPE_BANDWIDTH_WEIGHTED = new SamplerVariant("tpe-bandwidth-weighted",
            seed -> new TpeSampler(TpeSettings.defaults(seed).withBandwidthWeighted(true)));
    public static final SamplerVariant TPE_NO_LIAR = new SamplerVariant("tpe-no-liar",
            seed -> new TpeSampler(TpeSettings.defaults(seed).withConstantLiar(false)));

    public static List<SamplerVariant> all() {
        return List.of(RANDOM, TPE, TPE_MULTIVARIATE, TPE_BANDWIDTH_WEIGHTED, HYPEROPT, TPE_NO_LIAR);
    }

    public static SamplerVariant named(String name) {
        return all().stream().filter(v -> v.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sampler '" + name + "'; allowed: "
                        + all().stream().map(SamplerVariant::name).toList()));
    }
}
