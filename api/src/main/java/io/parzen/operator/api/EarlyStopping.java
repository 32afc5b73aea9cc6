package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * The early-stopping rule. median: a running trial whose best objective up to epoch e is worse than
 * the median of the finished trials' values at epoch e is stopped, once minTrials trials have
 * finished and from epoch startEpoch on. asha: asynchronous successive halving; at the rung epochs
 * minEpochs * reductionFactor^k a trial goes on only while it is among the best 1/reductionFactor
 * of the trials that reached that rung.
 *
 * <p>The rule-specific fields have no schema default (the operator applies them): a default would
 * put them into every block, and each rule rejects the other rule's fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "(has(self.rule) && self.rule == 'asha') || (!has(self.minEpochs) && !has(self.reductionFactor))",
        message = "fields 'minEpochs' and 'reductionFactor' apply only to rule asha",
        messageExpression = "\"spec.earlyStopping.\" + (has(self.minEpochs) ? \"minEpochs = \" + string(self.minEpochs)"
                + " : \"reductionFactor = \" + string(self.reductionFactor)) + \" applies only to rule asha;"
                + " rule median takes minTrials, startEpoch\"")
@ValidationRule(value = "!has(self.rule) || self.rule != 'asha' || (!has(self.minTrials) && !has(self.startEpoch))",
        message = "fields 'minTrials' and 'startEpoch' apply only to rule median",
        messageExpression = "\"spec.earlyStopping.\" + (has(self.minTrials) ? \"minTrials = \" + string(self.minTrials)"
                + " : \"startEpoch = \" + string(self.startEpoch)) + \" applies only to rule median;"
                + " rule asha takes minEpochs, reductionFactor\"")
public class EarlyStopping {
    /**
     * The rule: median or asha.
     */
    @Pattern("^(median|asha)$")
    @Default("median")
    @JsonPropertyDescription("The rule: median (Optuna's MedianPruner) or asha (asynchronous successive halving, as Optuna's SuccessiveHalvingPruner).")
    private String rule;

    /**
     * median: finished trials needed before any trial is stopped (default 5).
     */
    @Min(1)
    @JsonPropertyDescription("median only: finished trials needed before any trial is stopped (default 5).")
    private Integer minTrials;

    /**
     * median: first epoch at which a trial may be stopped (default 1).
     */
    @Min(1)
    @JsonPropertyDescription("median only: first epoch at which a trial may be stopped (default 1).")
    private Integer startEpoch;

    /**
     * asha: r, the epoch of the first rung (default 1).
     */
    @Min(1)
    @JsonPropertyDescription("asha only: r, the epoch of the first rung; rung k sits at epoch r * reductionFactor^k (default 1).")
    private Integer minEpochs;

    /**
     * asha: eta, an integer (default 3).
     */
    @Min(2)
    @JsonPropertyDescription("asha only: eta, an integer; the best 1/eta of the trials at a rung go on, and rungs are eta times apart (default 3).")
    private Integer reductionFactor;

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

    /** @return the minEpochs */
    public Integer getMinEpochs() {
        return minEpochs;
    }

    /** @param minEpochs the new value */
    public void setMinEpochs(Integer minEpochs) {
        this.minEpochs = minEpochs;
    }

    /** @return the reductionFactor */
    public Integer getReductionFactor() {
        return reductionFactor;
    }

    /** @param reductionFactor the new value */
    public void setReductionFactor(Integer reductionFactor) {
        this.reductionFactor = reductionFactor;
    }
}
