package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/**
 * One trial of a Study, created by the Study controller with the parameters TPE suggested.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TrialSpec {
    /**
     * Name of the owning Study.
     */
    @Required
    @JsonPropertyDescription("Name of the owning Study.")
    private String study;

    /**
     * Index of the trial in its Study, from 0; the name is <study>-<index, 4 digits>.
     */
    @Required
    @Min(0)
    @JsonPropertyDescription("Index of the trial in its Study, from 0; the name is <study>-<index, 4 digits>.")
    private Integer index;

    /**
     * Values of the active parameters, as strings.
     */
    @JsonPropertyDescription("Values of the active parameters, as strings.")
    private Map<String, String> parameters;

    /**
     * Set by the Study controller when the early-stopping rule stops this trial; its Job is then
     * deleted.
     */
    @JsonPropertyDescription("Set by the Study controller when the early-stopping rule stops this trial; its Job is then deleted.")
    private Boolean earlyStop;

    /**
     * Why the early-stopping rule stopped this trial (which rule, at which epoch), set with
     * earlyStop; the trial's status message repeats it.
     */
    @JsonPropertyDescription("Why the early-stopping rule stopped this trial (which rule, at which epoch), set with earlyStop; the status message repeats it.")
    private String earlyStopReason;

    /** @return the study */
    public String getStudy() {
        return study;
    }

    /** @param study the new value */
    public void setStudy(String study) {
        this.study = study;
    }

    /** @return the index */
    public Integer getIndex() {
        return index;
    }

    /** @param index the new value */
    public void setIndex(Integer index) {
        this.index = index;
    }

    /** @return the parameters */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /** @param parameters the new value */
    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /** @return the earlyStop */
    public Boolean getEarlyStop() {
        return earlyStop;
    }

    /** @param earlyStop the new value */
    public void setEarlyStop(Boolean earlyStop) {
        this.earlyStop = earlyStop;
    }

    /** @return the earlyStopReason */
    public String getEarlyStopReason() {
        return earlyStopReason;
    }

    /** @param earlyStopReason the new value */
    public void setEarlyStopReason(String earlyStopReason) {
        this.earlyStopReason = earlyStopReason;
    }
}
