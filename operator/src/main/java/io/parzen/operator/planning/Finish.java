package io.parzen.operator.planning;

/**
 * Why a study stops creating trials.
 *
 * @param reason the condition reason: MaxTrialsReached, TargetReached or TooManyFailures
 * @param message a sentence for people
 * @param success whether the study succeeds (Succeeded) or fails (Failed) when its last trial ends
 */
public record Finish(String reason, String message, boolean success) {
    /** Every trial of the budget ran. */
    public static final String MAX_TRIALS_REACHED = "MaxTrialsReached";
    /** A trial reached the objective's target. */
    public static final String TARGET_REACHED = "TargetReached";
    /** More than maxFailedTrials trials failed. */
    public static final String TOO_MANY_FAILURES = "TooManyFailures";
}
