package io.parzen.operator.planning;

import java.util.Collection;
import java.util.Map;

/**
 * The median early-stopping rule: from epoch {@code startEpoch} on, once {@code minTrials} trials
 * have finished, a running trial whose best objective up to epoch e is worse than the median of the
 * finished trials' objectives at epoch e is stopped ({@link MedianStopper}).
 *
 * @param minTrials finished trials (succeeded or early-stopped) needed before stopping any trial
 * @param startEpoch the first epoch at which a trial may be stopped
 */
public record MedianRule(int minTrials, int startEpoch) implements StoppingRule {
    /** The rule's name in {@code spec.earlyStopping.rule}. */
    public static final String NAME = "median";
    /** Default of {@code minTrials}. */
    public static final int DEFAULT_MIN_TRIALS = 5;
    /** Default of {@code startEpoch}. */
    public static final int DEFAULT_START_EPOCH = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> stop(StudyConfig config, Collection<TrialView> trials) {
        return MedianStopper.stop(this, config, trials);
    }
}
