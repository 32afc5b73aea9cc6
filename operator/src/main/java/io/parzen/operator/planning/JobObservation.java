package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;

/**
 * Where a trial's Job and pod stand, read from their status alone (pure).
 *
 * @param state the summary
 * @param reason a CamelCase reason (Kubernetes' when it gives one)
 * @param message a sentence for people, possibly empty
 */
public record JobObservation(State state, String reason, String message) {

    /** The states the trial phase is derived from. */
    public enum State {
        /** No Job exists (yet). */
        MISSING,
        /** The Job is suspended, waiting for Kueue to admit it. */
        QUEUED,
        /** The pod cannot be scheduled (e.g. no GPU node free). */
        UNSCHEDULABLE,
        /** The pod is scheduled but its container waits (image pull, config error). */
        WAITING,
        /** Created, not running yet, nothing wrong known. */
        STARTING,
        /** The pod runs. */
        RUNNING,
        /** The Job completed. */
        COMPLETE,
        /** The Job failed (backoff limit, deadline). */
        FAILED
    }

    /** Observes a Job and (optionally) its most recent pod. */
    public static JobObservation of(Job job, Pod pod) {
        if (job == null) {
            return new JobObservation(State.MISSING, "JobMissing", "the Job is being created");
        }
        var status = job.getStatus();
        if (status != null && status.getConditions() != null) {
            for (JobCondition c : status.getConditions()) {
                if (!"True".equals(c.getStatus())) {
                    continue;
                }
                if ("Complete".equals(c.getType()) || "SuccessCriteriaMet".equals(c.getType())) {
                    return new JobObservation(State.COMPLETE, "JobComplete", text(c.getMessage()));
                }
                if ("Failed".equals(c.getType()) || "FailureTarget".equals(c.getType())) {
                    String reason = c.getReason() == null ? "JobFailed" : c.getReason();
                    return new JobObservation(State.FAILED, reason, withTrainerLine(text(c.getMessage()), pod));
                }
            }
        }
        if (status != null && status.getSucceeded() != null && status.getSucceeded() > 0
                && (status.getActive() == null || status.getActive() == 0)) {
            return new JobObservation(State.COMPLETE, "JobComplete", "");
        }
        if (Boolean.TRUE.equals(job.getSpec().getSuspend())) {
            String queue = job.getMetadata().getLabels() == null ? null
                    : job.getMetadata().getLabels().get(TrialJobBuilder.KUEUE_QUEUE_LABEL);
            return new JobObservation(State.QUEUED, "Queued", "waiting for admission by the queue" + (queue == null ? "" : " " + queue));
        }
        JobObservation fromPod = pod == null ? null : ofPod(pod);
        if (fromPod != null) {
            return fromPod;
        }
        if (status != null && status.getReady() != null && status.getReady() > 0) {
            return new JobObservation(State.RUNNING, "Running", "");
        }
        return new JobObservation(State.STARTING, "Starting", "waiting for the trial pod to start");
    }

    private static JobObservation ofPod(Pod pod) {
        var s = pod.getStatus();
        if (s == null) {
            return null;
        }
        if ("Running".equals(s.getPhase())) {
            return new JobObservation(State.RUNNING, "Running", "");
        }
        if (s.getConditions() != null) {
            for (PodCondition c : s.getConditions()) {
                if ("PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())) {
                    return new JobObservation(State.UNSCHEDULABLE, c.getReason() == null ? "Unschedulable" : c.getReason(),
                            text(c.getMessage()));
                }
            }
        }
        if (s.getContainerStatuses() != null) {
            for (ContainerStatus cs : s.getContainerStatuses()) {
                if (cs.getState() != null && cs.getState().getWaiting() != null
                        && cs.getState().getWaiting().getReason() != null
                        && !"ContainerCreating".equals(cs.getState().getWaiting().getReason())) {
                    return new JobObservation(State.WAITING, cs.getState().getWaiting().getReason(),
                            text(cs.getState().getWaiting().getMessage()));
                }
            }
        }
        return null;
    }

    /**
     * {@code message} and the error line the trainer left as its container's termination message
     * (docs/cli.md), when the pod has one: why the trial failed, in the trainer's words.
     */
    private static String withTrainerLine(String message, Pod pod) {
        if (pod == null || pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return message;
        }
        for (ContainerStatus cs : pod.getStatus().getContainerStatuses()) {
            for (var state : new io.fabric8.kubernetes.api.model.ContainerState[] {cs.getState(), cs.getLastState()}) {
                String line = state == null || state.getTerminated() == null ? null : state.getTerminated().getMessage();
                if (line != null && !line.isBlank()) {
                    String first = line.strip().lines().findFirst().orElse("");
                    return message.isEmpty() ? "the trainer: " + first : message + "; the trainer: " + first;
                }
            }
        }
        return message;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
