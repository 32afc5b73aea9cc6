package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.BestTrial;
import io.parzen.operator.api.StudyPhase;
import io.parzen.operator.api.StudyStatus;
import io.parzen.operator.api.TrialPhase;
import java.util.List;

/**
 * Builds a Study's status from a plan (pure). Conditions: Ready (the spec is valid and usable),
 * Running (trials are being created or still run), Succeeded and Failed (the study ended, with
 * the finish reason), each carrying observedGeneration.
 */
public final class StudyStatusBuilder {
    /** Condition type: the spec is valid and the study can run. */
    public static final String READY = "Ready";
    /** Condition type: the study creates or waits for trials. */
    public static final String RUNNING = "Running";
    /** Condition type: the study ended successfully. */
    public static final String SUCCEEDED = "Succeeded";
    /** Condition type: the study ended in failure. */
    public static final String FAILED = "Failed";
    /** Reason of an invalid spec. */
    public static final String INVALID_SPEC = "InvalidSpec";
    /**
     * Condition type: the last reconcile failed with an error (the API server refused a write, a
     * bug); True with the error and the retry count while it fails, gone after a reconcile succeeds.
     */
    public static final String RECONCILE_ERROR = "ReconcileError";
    /** Longest error message put in a condition. */
    static final int MAX_ERROR_MESSAGE = 1024;

    private StudyStatusBuilder() {}

    /**
     * The status after a reconcile that created {@code created} more trials.
     *
     * @param now RFC 3339 time for new transitions
     */
    public static StudyStatus of(Plan plan, int maxTrials, int created, StudyStatus previous, Long generation, String now) {
        StudyStatus s = new StudyStatus();
        PhaseCounts c = plan.counts();
        int total = c.total() + created;
        s.setObservedGeneration(generation);
        keepReport(previous, s);
        s.setTrials(total);
        s.setProgress(c.finished() + "/" + maxTrials);
        s.setPending(c.get(TrialPhase.Pending) + created);
        s.setRunning(c.get(TrialPhase.Running));
        s.setSucceeded(c.get(TrialPhase.Succeeded));
        s.setFailed(c.get(TrialPhase.Failed));
        s.setEarlyStopped(c.get(TrialPhase.EarlyStopped));
        plan.best().ifPresent(b -> {
            BestTrial best = new BestTrial();
            best.setName(b.name());
            best.setObjective(b.objective());
            best.setParameters(new java.util.LinkedHashMap<>(b.parameters()));
            s.setBestTrial(best);
        });
        List<Condition> conditions = withoutError(previous);
        conditions = Conditions.set(conditions, READY, true, "Valid", "the spec is valid", generation, now);
        if (plan.done()) {
            boolean success = plan.finish().get().success();
            String reason = plan.finish().get().reason();
            String message = plan.finish().get().message();
            s.setPhase((success ? StudyPhase.Succeeded : StudyPhase.Failed).name());
            conditions = Conditions.set(conditions, RUNNING, false, reason, message, generation, now);
            conditions = Conditions.set(conditions, SUCCEEDED, success, reason, message, generation, now);
            conditions = Conditions.set(conditions, FAILED, !success, reason, message, generation, now);
        } else {
            s.setPhase(StudyPhase.Running.name());
            String reason = plan.finish().map(f -> "Finishing").orElse("TrialsRunning");
            String message = plan.finish().map(f -> f.message() + "; waiting for " + (c.active() + created) + " active trials")
                    .orElse((c.active() + created) + " trials active, " + c.finished() + " finished");
            conditions = Conditions.set(conditions, RUNNING, true, reason, message, generation, now);
            conditions = Conditions.set(conditions, SUCCEEDED, false, "NotFinished", "", generation, now);
            conditions = Conditions.set(conditions, FAILED, false, "NotFinished", "", generation, now);
        }
        s.setConditions(conditions);
        return s;
    }

    /** The status of a Study whose spec cannot be used: Failed with an InvalidSpec condition. */
    public static StudyStatus invalid(List<String> problems, StudyStatus previous, Long generation, String now) {
        StudyStatus s = new StudyStatus();
        if (previous != null) {
            s.setTrials(previous.getTrials());
            s.setProgress(previous.getProgress());
            s.setPending(previous.getPending());
            s.setRunning(previous.getRunning());
            s.setSucceeded(previous.getSucceeded());
            s.setFailed(previous.getFailed());
            s.setEarlyStopped(previous.getEarlyStopped());
            s.setBestTrial(previous.getBestTrial());
            keepReport(previous, s);
        }
        String message = String.join("; ", problems);
        s.setObservedGeneration(generation);
        s.setPhase(StudyPhase.Failed.name());
        List<Condition> conditions = withoutError(previous);
        conditions = Conditions.set(conditions, READY, false, INVALID_SPEC, message, generation, now);
        conditions = Conditions.set(conditions, RUNNING, false, INVALID_SPEC, message, generation, now);
        conditions = Conditions.set(conditions, FAILED, true, INVALID_SPEC, message, generation, now);
        s.setConditions(conditions);
        return s;
    }

    /**
     * {@code previous} (a copy; a new status when null) with a True {@link #RECONCILE_ERROR}
     * condition: the error's message (cut to {@value #MAX_ERROR_MESSAGE} characters) and how many
     * times the reconcile has been tried. Everything else is kept as it was last written.
     *
     * @param error the error's message; null when it had none (then its type is named)
     * @param errorType the error's class, shown when it has no message
     * @param attempt how many times this reconcile was tried (1 for the first failure)
     * @param lastAttempt whether no retry follows (the operator waits for the next change)
     */
    public static StudyStatus reconcileError(StudyStatus previous, String error, String errorType, int attempt,
            boolean lastAttempt, Long generation, String now) {
        StudyStatus s = previous == null ? new StudyStatus()
                : Serialization.unmarshal(Serialization.asJson(previous), StudyStatus.class);
        String what = error == null || error.isBlank() ? errorType : error;
        if (what.length() > MAX_ERROR_MESSAGE) {
            what = what.substring(0, MAX_ERROR_MESSAGE - 3) + "...";
        }
        String message = "reconcile failed (attempt " + attempt + (lastAttempt ? ", no more retries" : ", will retry")
                + "): " + what;
        s.setConditions(Conditions.set(s.getConditions(), RECONCILE_ERROR, true, "ReconcileFailed", message, generation, now));
        return s;
    }

    /** The report stays where it was written (the Study controller's report writer sets it). */
    private static void keepReport(StudyStatus previous, StudyStatus next) {
        if (previous != null) {
            next.setReportUrl(previous.getReportUrl());
            next.setReportGeneration(previous.getReportGeneration());
        }
    }

    /** The previous conditions without a {@link #RECONCILE_ERROR}: a reconcile that got this far succeeded. */
    private static List<Condition> withoutError(StudyStatus previous) {
        return previous == null || previous.getConditions() == null ? null
                : previous.getConditions().stream().filter(c -> !RECONCILE_ERROR.equals(c.getType())).toList();
    }
}
