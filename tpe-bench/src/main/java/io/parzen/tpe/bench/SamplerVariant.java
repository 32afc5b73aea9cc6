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

/**
 * A named way to build a sampler from a seed and the study's parallelism (the batch size: the
 * benchmark tells TPE how many trials run at once, as a Study's spec.parallelism does).
 */
public record SamplerVariant(String name, Factory factory) {

    /** Builds one run's sampler. */
    @FunctionalInterface
    public interface Factory {
        Sampler create(long seed, int parallelism);
    }

    /** A TPE variant: the settings a seed gives, told the parallelism. */
    public static SamplerVariant tpe(String name, LongFunction<TpeSettings> settings) {
        return new SamplerVariant(name, (seed, parallelism) -> new TpeSampler(settings.apply(seed).withParallelism(parallelism)));
    }

    public static final SamplerVariant RANDOM = new SamplerVariant("random", (seed, parallelism) -> new RandomSampler(seed));
    /** The default: multivariate, bounds as bandwidth neighbours, shrinking categorical kernels. */
    public static final SamplerVariant TPE = tpe("tpe", seed -> TpeSettings.defaults(seed));
    /** The default before Optuna 5 was measured: one estimator per parameter, hyperopt's bandwidths. */
    public static final SamplerVariant TPE_UNIVARIATE = tpe("tpe-univariate", SamplerVariant::univariate);
    /** The multivariate option as it was before the default changed: hyperopt's bandwidths, fixed categorical kernels. */
    public static final SamplerVariant TPE_MULTIVARIATE = tpe("tpe-multivariate",
            seed -> univariate(seed).withMultivariate(true).withCategoricalKernel(CategoricalKernel.FIXED)
                    .withAlternateEstimators(false));
    public static final SamplerVariant HYPEROPT = tpe("tpe-hyperopt",
            seed -> TpeSettings.forFlavor(seed, Flavor.HYPEROPT));
    public static final SamplerVariant TPE_BANDWIDTH_WEIGHTED = tpe("tpe-bandwidth-weighted",
            seed -> univariate(seed).withBandwidthWeighted(true));
    public static final SamplerVariant TPE_NO_LIAR = tpe("tpe-no-liar",
            seed -> TpeSettings.defaults(seed).withConstantLiar(false));

    /** The default without the sharpened l(x) (docs/tpe.md). */
    public static final SamplerVariant TPE_NO_SHARPEN = tpe("tpe-no-sharpen",
            seed -> TpeSettings.defaults(seed).withSharpen(false));

    /** The default without alternating estimators in wide parallel studies (the default until the third revision of 2026-12-07). */
    public static final SamplerVariant TPE_NO_ALTERNATE = tpe("tpe-no-alternate",
            seed -> TpeSettings.defaults(seed).withAlternateEstimators(false));

    /** The settings of 2026-12-05 and before (10 startup trials then). */
    private static TpeSettings univariate(long seed) {
        return TpeSettings.defaults(seed).withMultivariate(false).withBandwidths(BandwidthRule.TPE).withStartupTrials(10);
    }

    public static List<SamplerVariant> all() {
        return List.of(RANDOM, TPE, TPE_UNIVARIATE, TPE_MULTIVARIATE, TPE_BANDWIDTH_WEIGHTED, HYPEROPT, TPE_NO_LIAR, TPE_NO_SHARPEN, TPE_NO_ALTERNATE);
    }

    public static SamplerVariant named(String name) {
        return all().stream().filter(v -> v.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sampler '" + name + "'; allowed: "
                        + all().stream().map(SamplerVariant::name).toList()));
    }
}
