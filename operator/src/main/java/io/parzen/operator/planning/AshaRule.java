package io.parzen.operator.planning;

import java.util.Collection;
import java.util.Map;

/**
 * Asynchronous successive halving (ASHA, as Optuna's SuccessiveHalvingPruner with
 * {@code min_early_stopping_rate} 0): rung k sits at epoch {@code minEpochs * reductionFactor^k}; a
 * trial that reached rung k goes on only while its objective at that rung is among the best
 * {@code max(1, floor(n / reductionFactor))} of the n trials that reached it, itself and those
 * created before it ({@link AshaStopper}).
 *
 * @param minEpochs r, the epoch of rung 0
 * @param reductionFactor eta, the ratio between consecutive rungs and the inverse of the fraction kept
 */
public record AshaRule(int minEpochs, int reductionFactor) implements StoppingRule {
    /** The rule's name in {@code spec.earlyStopping.rule}. */
    public static final String NAME = "asha";
    /** Default of {@code minEpochs}. */
    public static final int DEFAULT_MIN_EPOCHS = 1;
    /** Default of {@code reductionFactor}. */
    public static final int DEFAULT_REDUCTION_FACTOR = 3;

    /** Checks the bounds the validator enforces. */
    public AshaRule {
        if (minEpochs < 1 || reductionFactor < 2) {
            throw new IllegalArgumentException("minEpochs " + minEpochs + " must be >= 1 and reductionFactor "
                    + reductionFactor + " >= 2");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> stop(StudyConfig config, Collection<TrialView> trials) {
        return AshaStopper.stop(this, config, trials);
    }

    /** The epoch of rung {@code k} (saturating at {@link Long#MAX_VALUE}). */
    public long rungEpoch(int k) {
        long e = minEpochs;
        for (int i = 0; i < k; i++) {
            if (e > Long.MAX_VALUE / reductionFactor) {
                return Long.MAX_VALUE;
            }
            e *= reductionFactor;
        }
        return e;
    }

    /** The highest rung whose epoch is at most {@code epoch}, or -1 before rung 0. */
    public int rungAt(int epoch) {
        int k = -1;
        while (rungEpoch(k + 1) <= epoch) {
            k++;
        }
        return k;
    }

    /** How many of {@code n} trials at a rung go on: {@code max(1, floor(n / reductionFactor))}. */
    public int kept(int n) {
        return Math.max(1, n / reductionFactor);
    }
}
