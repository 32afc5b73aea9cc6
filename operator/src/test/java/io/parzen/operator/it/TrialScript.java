package io.parzen.operator.it;

import java.util.List;

/**
 * What the Job-controller double does for one trial: report these objective values epoch by epoch
 * (one per {@code epochMillis}), then end as {@code ending} says.
 *
 * @param values the objective (the metric valLoss) after each epoch
 * @param epochMillis time per epoch
 * @param ending how the trial ends
 * @param unschedulableMillis how long the trial's pod first waits unschedulable (0: not at all)
 */
record TrialScript(List<Double> values, long epochMillis, Ending ending, long unschedulableMillis) {
    TrialScript(List<Double> values, long epochMillis, Ending ending) {
        this(values, epochMillis, ending, 0);
    }

    /** How a scripted trial ends. */
    enum Ending {
        /** result.json succeeded with the best value, then the Job completes. */
        SUCCEED,
        /** The Job fails (BackoffLimitExceeded) without a result. */
        FAIL_JOB,
        /** The Job completes but no result.json was written. */
        NO_RESULT
    }

    static TrialScript succeed(long epochMillis, Double... values) {
        return new TrialScript(List.of(values), epochMillis, Ending.SUCCEED);
    }
}
