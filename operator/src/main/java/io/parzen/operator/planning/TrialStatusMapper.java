package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import io.parzen.tpe.Goal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Maps what was observed of a trial (its Job and pod, the trainer's metrics lines and result) to
 * its phase (pure).
 *
 * <ul>
 * <li>Job complete: Succeeded with the result's objective, or Failed (TrainerFailed with the
 *     trainer's message, or NoResult: "trainer wrote no result").
 * <li>Job failed: Failed with Kubernetes' reason (DeadlineExceeded, BackoffLimitExceeded, ...).
 * <li>Stop requested: EarlyStopped with the best objective reached; the message is the rule's
 *     reason ("stopped by asha at rung 1 (epoch 3): ...").
 * <li>Pod running (or metrics reported): Running with the latest epoch and objective.
 * <li>Otherwise Pending with the reason: Queued, Unschedulable (the scheduler's message), an
 *     image or config problem, or Starting.
 * </ul>
 */
public final class TrialStatusMapper {
    /** Reason of a Job that completed without a result.json. */
    public static final String NO_RESULT = "NoResult";
    /** Reason of a result.json with status failed. */
    public static final String TRAINER_FAILED = "TrainerFailed";
    /** Reason of an early-stopped trial. */
    public static final String EARLY_STOPPED = "EarlyStopped";

    private TrialStatusMapper() {}

    /**
     * @param job the Job and pod state
     * @param stopRequested whether the study asked the trial to stop
     * @param metric the objective's metric key
     * @param goal the objective's direction
     * @param metrics the metrics lines read so far (may be empty)
     * @param result the result, when the Job completed and it was read
     */
    public static TrialOutcome map(JobObservation job, boolean stopRequested, String metric, Goal goal,
            List<MetricsLine> metrics, Optional<TrialResult> result) {
        return map(job, stopRequested, null, metric, goal, metrics, result);
    }

    /**
     * As {@link #map(JobObservation, boolean, String, Goal, List, Optional)}, with the reason the
     * early-stopping rule gave ({@code spec.earlyStopReason}; null when unknown, e.g. set by an older
     * operator) as an early-stopped trial's message.
     */
    public static TrialOutcome map(JobObservation job, boolean stopRequested, String stopReason, String metric, Goal goal,
            List<MetricsLine> metrics, Optional<TrialResult> result) {
        Map<Integer, Double> curve = curve(metrics, metric);
        OptionalInt epoch = metrics.stream().mapToInt(MetricsLine::epoch).max();
        OptionalInt planned = MetricsLine.plannedEpochs(metrics);
        OptionalDouble latest = curve.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(((TreeMap<Integer, Double>) curve).lastEntry().getValue());
        switch (job.state()) {
            case COMPLETE -> {
                if (result.isEmpty()) {
                    return new TrialOutcome(TrialPhase.Failed, NO_RESULT,
                            "the Job completed but the trainer wrote no result (result.json)", latest, epoch, planned, curve);
                }
                TrialResult r = result.get();
                OptionalInt epochs = OptionalInt.of(Math.max(r.epochs(), epoch.orElse(0)));
                if (!ResultRule.succeeded(r)) {
                    return new TrialOutcome(TrialPhase.Failed, TRAINER_FAILED, ResultRule.failedMessage(r), latest, epochs,
                            planned, curve);
                }
                return new TrialOutcome(TrialPhase.Succeeded, "ResultWritten", r.metric() + " " + r.objective()
                        + " at epoch " + r.bestEpoch(), OptionalDouble.of(r.objective()), epochs, planned, curve);
            }
            case FAILED -> {
                String message = job.reason().equals("DeadlineExceeded")
                        ? "the Job ran past spec.trialTemplate.activeDeadlineSeconds" + suffix(job.message())
                        : "the Job failed" + suffix(job.message());
                return new TrialOutcome(TrialPhase.Failed, job.reason(), message, latest, epoch, planned, curve);
            }
            default -> {
                // not finished
            }
        }
        if (stopRequested) {
            OptionalDouble best = curve.values().stream().mapToDouble(Double::doubleValue)
                    .reduce((a, b) -> goal.toLoss(a) <= goal.toLoss(b) ? a : b);
            String message = stopReason != null && !stopReason.isBlank() ? stopReason
                    : "stopped by the early-stopping rule at epoch " + epoch.orElse(0);
            return new TrialOutcome(TrialPhase.EarlyStopped, EARLY_STOPPED, message, best, epoch, planned, curve);
        }
        if (job.state() == JobObservation.State.RUNNING || !curve.isEmpty()) {
            return new TrialOutcome(TrialPhase.Running, "Running", "", latest, epoch, planned, curve);
        }
        return new TrialOutcome(TrialPhase.Pending, job.reason(), job.message(), OptionalDouble.empty(), epoch, planned, curve);
    }

    /** The finite values of {@code metric} by epoch. */
    static Map<Integer, Double> curve(List<MetricsLine> metrics, String metric) {
        TreeMap<Integer, Double> curve = new TreeMap<>();
        for (MetricsLine line : metrics) {
            OptionalDouble v = line.metric(metric);
            if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                curve.put(line.epoch(), v.getAsDouble());
            }
        }
        return curve;
    }

    private static String suffix(String message) {
        return message == null || message.isEmpty() ? "" : ": " + message;
    }
}
