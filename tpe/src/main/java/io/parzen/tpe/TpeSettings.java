package io.parzen.tpe;

import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import io.parzen.tpe.space.InvalidSpaceException;

/**
 * TPE's settings with the defaults docs/tpe.md gives. {@code startupTrials} and {@code gammaRule} default by
 * flavor (5 and linear for parzen, 20 and sqrt for hyperopt).
 *
 * @param startupTrials trials drawn from the prior before TPE starts
 * @param candidates values drawn from l(x) per suggestion; the best l/g ratio wins
 * @param priorWeight weight of the prior kernel (and of each categorical pseudo-count)
 * @param constantLiar count pending and running trials in the bad group, so parallel trials spread out
 * @param multivariate joint kernels over the unconditional parameters
 * @param bandwidthWeighted weigh univariate kernels by their bandwidth too (parzen's own option, off by default)
 * @param bandwidths how kernel bandwidths follow from neighbouring observations
 * @param categoricalKernel the smoothing of the multivariate estimator's categorical kernels
 * @param sharpen let l(x) narrow as the study goes on: the joint l(x)'s bandwidths are clipped by half
 *     the ranked trials, not the good group's size, while no trial is in flight, the study runs one
 *     trial at a time and the joint parameters are all numeric; a univariate l(x)'s by 0.35 of the
 *     ranked trials that have the parameter (docs/tpe.md)
 * @param alternateEstimators in a study that runs at least {@link #ALTERNATE_FROM_PARALLELISM} trials at
 *     once, suggest every second trial (odd trial index) with independent, bandwidth-weighted
 *     estimators instead of the joint one: two models spread a wide batch better than one (docs/tpe.md)
 * @param parallelism how many trials the study runs at once (a Study's {@code spec.parallelism}), not
 *     an algorithm field: above 1 the joint l(x) is not sharpened
 */
public record TpeSettings(long seed, int startupTrials, int candidates, GammaRule gammaRule, double priorWeight,
                          boolean constantLiar, boolean multivariate, Flavor flavor, boolean bandwidthWeighted,
                          BandwidthRule bandwidths, CategoricalKernel categoricalKernel, boolean sharpen,
                          boolean alternateEstimators, int parallelism) {

    public static final int DEFAULT_CANDIDATES = 24;

    /** The narrowest study in which {@code alternateEstimators} applies (measured: docs/tpe.md). */
    public static final int ALTERNATE_FROM_PARALLELISM = 6;

    public TpeSettings {
        if (startupTrials < 0) {
            throw new InvalidSpaceException("algorithm: field 'startupTrials' = " + startupTrials + " must be >= 0");
        }
        if (candidates < 1 || candidates > 10_000) {
            throw new InvalidSpaceException("algorithm: field 'candidates' = " + candidates + " must be between 1 and 10000");
        }
        if (!(priorWeight > 0) || Double.isInfinite(priorWeight)) {
            throw new InvalidSpaceException("algorithm: field 'priorWeight' = " + priorWeight + " must be a finite number > 0");
        }
        if (parallelism < 1) {
            throw new InvalidSpaceException("parallelism = " + parallelism + " must be >= 1");
        }
        if (gammaRule == null || flavor == null || bandwidths == null || categoricalKernel == null) {
            throw new InvalidSpaceException("algorithm: gammaRule, flavor, bandwidths and categoricalKernel are required");
        }
    }

    public static TpeSettings defaults(long seed) {
        return forFlavor(seed, Flavor.PARZEN);
    }

    public static TpeSettings forFlavor(long seed, Flavor flavor) {
        return new TpeSettings(seed, flavor.defaultStartupTrials(), DEFAULT_CANDIDATES, flavor.defaultGammaRule(), 1.0,
                true, flavor.defaultMultivariate(), flavor, false, flavor.defaultBandwidths(),
                flavor.defaultCategoricalKernel(), flavor == Flavor.PARZEN, flavor == Flavor.PARZEN, 1);
    }

    /**
     * The settings trial {@code trialIndex} is suggested with: these, or, for every second trial of
     * a wide parallel study with {@code alternateEstimators}, independent bandwidth-weighted
     * estimators in place of the joint one.
     */
    public TpeSettings forTrial(int trialIndex) {
        boolean alternate = alternateEstimators && multivariate && parallelism >= ALTERNATE_FROM_PARALLELISM
                && (trialIndex & 1) == 1;
        return alternate ? withMultivariate(false).withBandwidthWeighted(true) : this;
    }

    public TpeSettings withAlternateEstimators(boolean value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor,
                bandwidthWeighted, bandwidths, categoricalKernel, sharpen, value, parallelism);
    }

    public TpeSettings withStartupTrials(int value) {
        return new TpeSettings(seed, value, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withCandidates(int value) {
        return new TpeSettings(seed, startupTrials, value, gammaRule, priorWeight, constantLiar, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withGammaRule(GammaRule value) {
        return new TpeSettings(seed, startupTrials, candidates, value, priorWeight, constantLiar, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withPriorWeight(double value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, value, constantLiar, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withConstantLiar(boolean value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, value, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withMultivariate(boolean value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, value, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withBandwidths(BandwidthRule value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor,
                bandwidthWeighted, value, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withCategoricalKernel(CategoricalKernel value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor,
                bandwidthWeighted, bandwidths, value, sharpen, alternateEstimators, parallelism);
    }

    public TpeSettings withSharpen(boolean value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor,
                bandwidthWeighted, bandwidths, categoricalKernel, value, alternateEstimators, parallelism);
    }

    public TpeSettings withParallelism(int value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor,
                bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators, value);
    }

    public TpeSettings withBandwidthWeighted(boolean value) {
        return new TpeSettings(seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor, value, bandwidths, categoricalKernel, sharpen, alternateEstimators, parallelism);
    }
}
