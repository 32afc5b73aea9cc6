package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/**
 * The early-stopping rule. median: a running trial whose best objective up to epoch e is worse than
 * the median of the finished trials' best values up to epoch e is stopped, once minTrials trials have
 * finished and from epoch startEpoch on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class EarlyStopping {
    /**
     * The rule; median is the only one.
     */
    @Pattern("^median$")
    @Default("median")
    @JsonPropertyDescription("The rule; median is the only one.")
    private String rule;

    /**
     * Finished trials needed before any trial is stopped.
     */
    @Min(1)
    @Default("5")
    @JsonPropertyDescription("Finished trials needed before any trial is stopped.")
    private Integer minTrials;

    /**
     * First epoch at which a trial may be stopped.
     */
    @Min(1)
    @Default("1")
    @JsonPropertyDescription("First epoch at which a trial may be stopped.")
    private Integer startEpoch;

    /** @return the rule */
    public String getRule() {
        return rule;
    }

    /** @param rule the new value */
    public void setRule(String rule) {
        this.rule = rule;
    }

    /** @return the minTrials */
    public Integer getMinTrials() {
        return minTrials;
    }

    /** @param minTrials the new value */
    public void setMinTrials(Integer minTrials) {
        this.minTrials = minTrials;
    }

    /** @return the startEpoch */
    public Integer getStartEpoch() {
        return startEpoch;
    }

    /** @param startEpoch the new value */
    public void setStartEpoch(Integer startEpoch) {
        this.startEpoch = startEpoch;
    }

}
