package io.parzen.tpe;

import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import io.parzen.tpe.estimator.Truncation;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Locale;

/**
 * parzen's own TPE (Optuna-like kernels, liar, failures as bad evidence) or the hyperopt-compatible
 * variant used to reproduce the seed article.
 */
public enum Flavor {
    PARZEN(5, GammaRule.LINEAR, Truncation.PER_COMPONENT, GridAnchor.LOW, true, BandwidthRule.ENDPOINTS),
    HYPEROPT(20, GammaRule.SQRT, Truncation.WHOLE_MIXTURE, GridAnchor.ZERO, false, BandwidthRule.TPE);

    private final int defaultStartupTrials;
    private final GammaRule defaultGammaRule;
    private final Truncation truncation;
    private final GridAnchor anchor;
    private final boolean defaultMultivariate;
    private final BandwidthRule defaultBandwidths;

    Flavor(int defaultStartupTrials, GammaRule defaultGammaRule, Truncation truncation, GridAnchor anchor,
           boolean defaultMultivariate, BandwidthRule defaultBandwidths) {
        this.defaultMultivariate = defaultMultivariate;
        this.defaultBandwidths = defaultBandwidths;
        this.defaultStartupTrials = defaultStartupTrials;
        this.defaultGammaRule = defaultGammaRule;
        this.truncation = truncation;
        this.anchor = anchor;
    }

    public int defaultStartupTrials() {
        return defaultStartupTrials;
    }

    public GammaRule defaultGammaRule() {
        return defaultGammaRule;
    }

    /** parzen: joint kernels over the unconditional parameters; hyperopt: one estimator per parameter. */
    public boolean defaultMultivariate() {
        return defaultMultivariate;
    }

    /** parzen: bounds as outer neighbours; hyperopt: its own rule with the prior mean inserted. */
    public BandwidthRule defaultBandwidths() {
        return defaultBandwidths;
    }

    /** parzen: kernels that sharpen as observations accumulate; hyperopt has no multivariate estimator (fixed). */
    public CategoricalKernel defaultCategoricalKernel() {
        return this == PARZEN ? CategoricalKernel.SHRINKING : CategoricalKernel.FIXED;
    }

    public Truncation truncation() {
        return truncation;
    }

    public GridAnchor anchor() {
        return anchor;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Flavor parse(String name) {
        for (Flavor flavor : values()) {
            if (flavor.wireName().equals(name)) {
                return flavor;
            }
        }
        throw new InvalidSpaceException("algorithm: field 'flavor' = '" + name + "' is not supported; allowed: parzen, hyperopt");
    }
}
