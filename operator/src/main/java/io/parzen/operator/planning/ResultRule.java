package io.parzen.operator.planning;

import io.parzen.storage.TrialResult;

/**
 * The one rule that turns a trial's {@code result.json} into its phase (pure), used by the Trial
 * controller ({@link TrialStatusMapper}), the local runner and the store's readers
 * ({@code parzen trials}, {@code parzen report}), so that a trial shows the same phase everywhere:
 * a result counts as succeeded only when it says succeeded and carries a finite objective. A
 * succeeded result whose objective is NaN or infinite (a diverged loss) is a failed trial.
 */
public final class ResultRule {
    private ResultRule() {}

    /** Whether {@code result} makes its trial Succeeded (otherwise it is Failed). */
    public static boolean succeeded(TrialResult result) {
        return result.succeeded() && result.objective() != null && Double.isFinite(result.objective());
    }

    /** What a failed trial says, on a cluster and under {@code parzen local} alike. */
    public static String failedMessage(TrialResult result) {
        return "the trainer reported failure: " + failure(result);
    }

    /** Why a result that is not {@link #succeeded} failed: the trainer's message, or what is missing. */
    public static String failure(TrialResult result) {
        if (result.message() != null) {
            return result.message();
        }
        return result.succeeded() ? "the objective is " + result.objective() + ", not a finite number" : "no objective";
    }
}
