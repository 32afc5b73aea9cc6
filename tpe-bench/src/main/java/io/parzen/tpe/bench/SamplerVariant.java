package io.parzen.tpe.bench;

import io.parzen.tpe.Flavor;
import io.parzen.tpe.RandomSampler;
import io.parzen.tpe.Sampler;
import io.parzen.tpe.TpeSampler;
import io.parzen.tpe.TpeSettings;
import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import java.util.List;
import java.util.function.LongFunction;

/** A named way to build a sampler from a seed, as the benchmark compares them. */
public record SamplerVariant(String name, LongFunction<Sampler> factory) {

    public static final SamplerVariant RANDOM = new SamplerVariant("random", RandomSampler::new);
    /** The default: multivariate, bounds as bandwidth neighbours, shrinking categorical kernels. */
    public static final SamplerVariant TPE = new SamplerVariant("tpe", seed -> new TpeSampler(TpeSettings.defaults(seed)));
    /** The default before Optuna 5 was measured: one estimator per parameter, hyperopt's bandwidths. */
    public static final SamplerVariant TPE_UNIVARIATE = new SamplerVariant("tpe-univariate",
            seed -> new TpeSampler(univariate(seed)));
    /** The multivariate option as it was before the default changed: hyperopt's bandwidths, fixed categorical kernels. */
    public static final SamplerVariant TPE_MULTIVARIATE = new SamplerVariant("tpe-multivariate",
            seed -> new TpeSampler(univariate(seed).withMultivariate(true).withCategoricalKernel(CategoricalKernel.FIXED)));
    public static final SamplerVariant HYPEROPT = new SamplerVariant("tpe-hyperopt",
            seed -> new TpeSampler(TpeSettings.forFlavor(seed, Flavor.HYPEROPT)));
    public static final SamplerVariant TPE_BANDWIDTH_WEIGHTED = new SamplerVariant("tpe-bandwidth-weighted",
            seed -> new TpeSampler(univariate(seed).withBandwidthWeighted(true)));
    public static final SamplerVariant TPE_NO_LIAR = new SamplerVariant("tpe-no-liar",
            seed -> new TpeSampler(TpeSettings.defaults(seed).withConstantLiar(false)));

    /** The default without the sharpened l(x) (docs/tpe.md): the default before 2026-12-07 at batch 1. */
    public static final SamplerVariant TPE_NO_SHARPEN = new SamplerVariant("tpe-no-sharpen",
            seed -> new TpeSampler(TpeSettings.defaults(seed).withSharpen(false)));

    private static TpeSettings univariate(long seed) {
        return TpeSettings.defaults(seed).withMultivariate(false).withBandwidths(BandwidthRule.TPE);
    }

    public static List<SamplerVariant> all() {
        return List.of(RANDOM, TPE, TPE_UNIVARIATE, TPE_MULTIVARIATE, TPE_BANDWIDTH_WEIGHTED, HYPEROPT, TPE_NO_LIAR, TPE_NO_SHARPEN);
    }

    public static SamplerVariant named(String name) {
        return all().stream().filter(v -> v.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sampler '" + name + "'; allowed: "
                        + all().stream().map(SamplerVariant::name).toList()));
    }
}
