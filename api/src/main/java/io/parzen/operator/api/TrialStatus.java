package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * What the operator observed of a Trial's Job, Pod and trainer output.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TrialStatus {
    /**
     * Pending, Running, Succeeded, Failed or EarlyStopped.
     */
    @JsonPropertyDescription("Pending, Running, Succeeded, Failed or EarlyStopped.")
    private String phase;

    /**
     * Latest objective while running; the trainer's reported objective when succeeded; the best
     * reached when early-stopped.
     */
    @JsonPropertyDescription("Latest objective while running; the trainer's reported objective when succeeded; the best reached when early-stopped.")
    private Double objective;

    /**
     * Latest epoch the trainer reported.
     */
    @JsonPropertyDescription("Latest epoch the trainer reported.")
    private Integer epoch;

    /**
     * Epochs the trainer said it trains in all (plannedEpochs in its metrics lines); absent when it
     * does not say. The early-stopping rules leave a trial alone once it reports this epoch.
     */
    @JsonPropertyDescription("Epochs the trainer said it trains in all (plannedEpochs in its metrics lines); absent when it does not say. The early-stopping rules leave a trial alone once it reports this epoch.")
    private Integer plannedEpochs;

    /**
     * The objective at each reported epoch (finite values only), oldest first; the early-stopping rule
     * reads it.
     */
    @JsonPropertyDescription("The objective at each reported epoch (finite values only), oldest first; the early-stopping rule reads it.")
    private List<EpochValue> curve;

    /**
     * The parameters as name=value,... for kubectl get.
     */
    @JsonPropertyDescription("The parameters as name=value,... for kubectl get.")
    private String paramsSummary;

    /**
     * Name of the trial's Job.
     */
    @JsonPropertyDescription("Name of the trial's Job.")
    private String jobName;

    /**
     * When the trainer was first seen running (RFC 3339).
     */
    @JsonPropertyDescription("When the trainer was first seen running (RFC 3339).")
    private String startedAt;

    /**
     * When the trial reached a final phase (RFC 3339).
     */
    @JsonPropertyDescription("When the trial reached a final phase (RFC 3339).")
    private String completedAt;

    /**
     * Machine-readable reason of the phase, e.g. Unschedulable, DeadlineExceeded, NoResult, JobFailed,
     * EarlyStopped.
     */
    @JsonPropertyDescription("Machine-readable reason of the phase, e.g. Unschedulable, DeadlineExceeded, NoResult, JobFailed, EarlyStopped.")
    private String reason;

    /**
     * Why the trial is in its phase, e.g. why its pod is not scheduled.
     */
    @JsonPropertyDescription("Why the trial is in its phase, e.g. why its pod is not scheduled.")
    private String message;

    /**
     * The metadata.generation this status was computed for.
     */
    @JsonPropertyDescription("The metadata.generation this status was computed for.")
    private Long observedGeneration;

    /**
     * Standard conditions (Completed).
     */
    @JsonPropertyDescription("Standard conditions (Completed).")
    private List<Condition> conditions;

    /** @return the phase */
    public String getPhase() {
        return phase;
    }

    /** @param phase the new value */
    public void setPhase(String phase) {
        this.phase = phase;
    }

    /** @return the objective */
    public Double getObjective() {
        return objective;
    }

    /** @param objective the new value */
    public void setObjective(Double objective) {
        this.objective = objective;
    }

    /** @return the epoch */
    public Integer getEpoch() {
        return epoch;
    }

    /** @param epoch the new value */
    public void setEpoch(Integer epoch) {
        this.epoch = epoch;
    }

    /** @return the plannedEpochs */
    public Integer getPlannedEpochs() {
        return plannedEpochs;
    }

    /** @param plannedEpochs the new value */
    public void setPlannedEpochs(Integer plannedEpochs) {
        this.plannedEpochs = plannedEpochs;
    }

    /** @return the curve */
    public List<EpochValue> getCurve() {
        return curve;
    }

    /** @param curve the new value */
    public void setCurve(List<EpochValue> curve) {
        this.curve = curve;
    }

    /** @return the paramsSummary */
    public String getParamsSummary() {
        return paramsSummary;
    }

    /** @param paramsSummary the new value */
    public void setParamsSummary(String paramsSummary) {
        this.paramsSummary = paramsSummary;
    }

    /** @return the jobName */
    public String getJobName() {
        return jobName;
    }

    /** @param jobName the new value */
    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    /** @return the startedAt */
    public String getStartedAt() {
        return startedAt;
    }

    /** @param startedAt the new value */
    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    /** @return the completedAt */
    public String getCompletedAt() {
        return completedAt;
    }

    /** @param completedAt the new value */
    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /** @return the reason */
    public String getReason() {
        return reason;
    }

    /** @param reason the new value */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** @return the message */
    public String getMessage() {
        return message;
    }

    /** @param message the new value */
    public void setMessage(String message) {
        this.message = message;
    }

    /** @return the observedGeneration */
    public Long getObservedGeneration() {
        return observedGeneration;
    }

    /** @param observedGeneration the new value */
    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    /** @return the conditions */
    public List<Condition> getConditions() {
        return conditions;
    }

    /** @param conditions the new value */
    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

}
