package io.parzen.tpe;

/** Where a trial stands, as far as the optimizer cares. */
public enum TrialState {
    /** Asked for, not started (a Trial waiting for a GPU node). */
    PENDING,
    /** Started, no final value yet. */
    RUNNING,
    /** Finished with a value. */
    SUCCEEDED,
    /** Stopped by the early-stopping rule; its value is the best it reached, when it reported one. */
    EARLY_STOPPED,
    /** Crashed, ran out of memory, or wrote no result: evidence of a bad region. */
    FAILED;

    /** Not finished: a liar under constantLiar. */
    public boolean inFlight() {
        return this == PENDING || this == RUNNING;
    }
}
