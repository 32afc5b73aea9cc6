package io.parzen.operator.model;

/**
 * The median early-stopping rule: from epoch {@code startEpoch} on, once {@code minTrials} trials
 * have finished, a running trial whose best objective up to epoch e is worse than the median of the
 * finished trials' best objectives up to epoch e is stopped.
 *
 * @param minTrials finished trials (succeeded or early-stopped) needed before stopping any trial
 * @param startEpoch the first epoch at which a trial may be stopped
 */
public record MedianRule(int minTrials, int startEpoch) {
    /** Default of {@code minTrials}. */
    public static final int DEFAULT_MIN_TRIALS = 5;
    /** Default of {@code startEpoch}. */
    public static final int DEFAULT_START_EPOCH = 1;
}
