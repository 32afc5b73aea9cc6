package io.parzen.trainer.train;

/** The loss became NaN or infinite; the run stops and reports a failed result. */
public final class TrainingDiverged extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param epoch the epoch in which it happened */
    public TrainingDiverged(int epoch, String what) {
        super("loss diverged (" + what + ") at epoch " + epoch);
    }
}
