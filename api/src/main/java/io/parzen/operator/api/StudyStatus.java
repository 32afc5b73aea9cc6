package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator observed of a Study, rebuilt from its Trials on every reconcile.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StudyStatus {
    /**
     * Running, Succeeded or Failed.
     */
    @JsonPropertyDescription("Running, Succeeded or Failed.")
    private String phase;

    /**
     * The metadata.generation this status was computed for.
     */
    @JsonPropertyDescription("The metadata.generation this status was computed for.")
    private Long observedGeneration;

    /**
     * Trials created so far.
     */
    @JsonPropertyDescription("Trials created so far.")
    private Integer trials;

    /**
     * Finished trials over maxTrials, e.g. 12/30.
     */
    @JsonPropertyDescription("Finished trials over maxTrials, e.g. 12/30.")
    private String progress;

    /**
     * Trials waiting for their pod to start.
     */
    @JsonPropertyDescription("Trials waiting for their pod to start.")
    private Integer pending;

    /**
     * Trials whose pod runs.
     */
    @JsonPropertyDescription("Trials whose pod runs.")
    private Integer running;

    /**
     * Trials that finished with an objective.
     */
    @JsonPropertyDescription("Trials that finished with an objective.")
    private Integer succeeded;

    /**
     * Trials that failed.
     */
    @JsonPropertyDescription("Trials that failed.")
    private Integer failed;

    /**
     * Trials stopped by the early-stopping rule.
     */
    @JsonPropertyDescription("Trials stopped by the early-stopping rule.")
    private Integer earlyStopped;

    /**
     * The best succeeded trial so far.
     */
    @JsonPropertyDescription("The best succeeded trial so far.")
    private BestTrial bestTrial;

    /**
     * Where the operator wrote the finished study's report: s3://bucket/studies/NAME/report/index.html.
     */
    @JsonPropertyDescription("Where the operator wrote the finished study's report: s3://bucket/studies/NAME/report/index.html.")
    private String reportUrl;

    /**
     * The metadata.generation whose finish the report at reportUrl shows.
     */
    @JsonPropertyDescription("The metadata.generation whose finish the report at reportUrl shows.")
    private Long reportGeneration;

    /**
     * Ready, Running, Succeeded and Failed, with reasons such as InvalidSpec, MaxTrialsReached,
     * TargetReached, TooManyFailures.
     */
    @JsonPropertyDescription("Ready, Running, Succeeded and Failed, with reasons such as InvalidSpec, MaxTrialsReached, TargetReached, TooManyFailures.")
    private List<Condition> conditions;

    /** @return the phase */
    public String getPhase() {
        return phase;
    }

    /** @param phase the new value */
    public void setPhase(String phase) {
        this.phase = phase;
    }

    /** @return the observedGeneration */
    public Long getObservedGeneration() {
        return observedGeneration;
    }

    /** @param observedGeneration the new value */
    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    /** @return the trials */
    public Integer getTrials() {
        return trials;
    }

    /** @param trials the new value */
    public void setTrials(Integer trials) {
        this.trials = trials;
    }

    /** @return the progress */
    public String getProgress() {
        return progress;
    }

    /** @param progress the new value */
    public void setProgress(String progress) {
        this.progress = progress;
    }

    /** @return the pending */
    public Integer getPending() {
        return pending;
    }

    /** @param pending the new value */
    public void setPending(Integer pending) {
        this.pending = pending;
    }

    /** @return the running */
    public Integer getRunning() {
        return running;
    }

    /** @param running the new value */
    public void setRunning(Integer running) {
        this.running = running;
    }

    /** @return the succeeded */
    public Integer getSucceeded() {
        return succeeded;
    }

    /** @param succeeded the new value */
    public void setSucceeded(Integer succeeded) {
        this.succeeded = succeeded;
    }

    /** @return the failed */
    public Integer getFailed() {
        return failed;
    }

    /** @param failed the new value */
    public void setFailed(Integer failed) {
        this.failed = failed;
    }

    /** @return the earlyStopped */
    public Integer getEarlyStopped() {
        return earlyStopped;
    }

    /** @param earlyStopped the new value */
    public void setEarlyStopped(Integer earlyStopped) {
        this.earlyStopped = earlyStopped;
    }

    /** @return the bestTrial */
    public BestTrial getBestTrial() {
        return bestTrial;
    }

    /** @param bestTrial the new value */
    public void setBestTrial(BestTrial bestTrial) {
        this.bestTrial = bestTrial;
    }

    /** @return the reportUrl */
    public String getReportUrl() {
        return reportUrl;
    }

    /** @param reportUrl the new value */
    public void setReportUrl(String reportUrl) {
        this.reportUrl = reportUrl;
    }

    /** @return the reportGeneration */
    public Long getReportGeneration() {
        return reportGeneration;
    }

    /** @param reportGeneration the new value */
    public void setReportGeneration(Long reportGeneration) {
        this.reportGeneration = reportGeneration;
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
