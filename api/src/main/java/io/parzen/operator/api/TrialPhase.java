package io.parzen.operator.api;

/**
 * The phases of a Trial, as written in {@code status.phase}. What the store alone shows (the report,
 * {@code parzen trials}, the local runner's {@code status.json}) is the operator's
 * {@code store.TrialPhase}: no Pending, an Unknown, the same spelling for the rest.
 */
public enum TrialPhase {
    /** Created; its pod is not running yet (not scheduled, pulling the image, queued). */
    Pending,
    /** The trainer runs. */
    Running,
    /** The trainer wrote a succeeded result. */
    Succeeded,
    /** The Job failed, hit its deadline, or the trainer wrote no (or a failed) result. */
    Failed,
    /** Stopped by the early-stopping rule; its Job was deleted. */
    EarlyStopped;

    /** Whether the phase is final. */
    public boolean finished() {
        return this == Succeeded || this == Failed || this == EarlyStopped;
    }

    /** The phase of a status, Pending when it has none yet. */
    public static TrialPhase of(TrialStatus status) {
        if (status == null || status.getPhase() == null) {
            return Pending;
        }
        for (TrialPhase p : values()) {
            if (p.name().equals(status.getPhase())) {
                return p;
            }
        }
        return Pending;
    }
}
