package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * One dimension of the search space. uniform, loguniform and int take low and high; quniform and
 * qloguniform also q; normal and lognormal take mu and sigma (q for their q-forms); categorical takes
 * choices.
 *
 * <p>The rules below are the search-space checks of {@code tpe}'s {@code SpaceValidator} and
 * {@code SpaceParser} that need only this parameter, with their messages. The "does not apply" rules
 * name the known distributions that lack the field, so that an unknown distribution is reported once,
 * by the schema's pattern.
 */
@ValidationRule(value = "!(has(self.low) || has(self.high)) || !(self.distribution in " + CelRules.NORMAL + " + ['categorical'])",
        message = "fields 'low' and 'high' apply only to uniform, quniform, loguniform, qloguniform and int",
        messageExpression = CelRules.PARAM + " + \"field '\" + (has(self.low) ? 'low' : 'high') + \"' does not apply to \""
                + " + self.distribution + \"; it takes \" + " + CelRules.TAKES)
@ValidationRule(value = "!(has(self.mu) || has(self.sigma)) || !(self.distribution in " + CelRules.BOUNDED + " + ['categorical'])",
        message = "fields 'mu' and 'sigma' apply only to normal, qnormal, lognormal and qlognormal",
        messageExpression = CelRules.PARAM + " + \"field '\" + (has(self.mu) ? 'mu' : 'sigma') + \"' does not apply to \""
                + " + self.distribution + \"; it takes \" + " + CelRules.TAKES)
@ValidationRule(value = "!has(self.q) || !(self.distribution in ['uniform', 'loguniform', 'int', 'normal', 'lognormal', 'categorical'])",
        message = "field 'q' applies only to quniform, qloguniform, qnormal and qlognormal",
        messageExpression = CelRules.PARAM + " + \"field 'q' does not apply to \" + self.distribution + \"; it takes \" + "
                + CelRules.TAKES)
@ValidationRule(value = "!has(self.choices) || !(self.distribution in " + CelRules.BOUNDED + " + " + CelRules.NORMAL + ")",
        message = "field 'choices' applies only to categorical",
        messageExpression = CelRules.PARAM + " + \"field 'choices' does not apply to \" + self.distribution"
                + " + \"; it takes \" + " + CelRules.TAKES)
@ValidationRule(value = "!(self.distribution in " + CelRules.BOUNDED + ") || has(self.low)",
        message = "field 'low' is required for uniform, quniform, loguniform, qloguniform and int",
        messageExpression = CelRules.PARAM + " + \"field 'low' is required\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.BOUNDED + ") || has(self.high)",
        message = "field 'high' is required for uniform, quniform, loguniform, qloguniform and int",
        messageExpression = CelRules.PARAM + " + \"field 'high' is required\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.QUANTIZED + ") || has(self.q)",
        message = "field 'q' is required for quniform, qloguniform, qnormal and qlognormal",
        messageExpression = CelRules.PARAM + " + \"field 'q' is required\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.NORMAL + ") || has(self.mu)",
        message = "field 'mu' is required for normal, qnormal, lognormal and qlognormal",
        messageExpression = CelRules.PARAM + " + \"field 'mu' is required\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.NORMAL + ") || has(self.sigma)",
        message = "field 'sigma' is required for normal, qnormal, lognormal and qlognormal",
        messageExpression = CelRules.PARAM + " + \"field 'sigma' is required\"")
@ValidationRule(value = "self.distribution != 'categorical' || has(self.choices)",
        message = "field 'choices' is required for categorical (a list)",
        messageExpression = CelRules.PARAM + " + \"field 'choices' is required for categorical (a list)\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.BOUNDED + ") || !has(self.low) || !has(self.high)"
        + " || self.high > self.low",
        message = "field 'high' must be greater than low",
        messageExpression = CelRules.PARAM + " + \"field 'high' = \" + string(self.high) + \" must be greater than low (\""
                + " + string(self.low) + \") for \" + self.distribution")
@ValidationRule(value = "!(self.distribution in " + CelRules.LOG_BOUNDED + ") || !has(self.low) || self.low > 0.0",
        message = "field 'low' must be > 0 for loguniform and qloguniform (their kernels live in log space)",
        messageExpression = CelRules.PARAM + " + \"field 'low' = \" + string(self.low) + \" must be > 0 for \""
                + " + self.distribution + \" (its kernels live in log space)\"")
@ValidationRule(value = "!(self.distribution in " + CelRules.NORMAL + ") || !has(self.sigma) || self.sigma > 0.0",
        message = "field 'sigma' must be > 0",
        messageExpression = CelRules.PARAM + " + \"field 'sigma' = \" + string(self.sigma) + \" must be > 0 for \""
                + " + self.distribution")
@ValidationRule(value = "!(self.distribution in " + CelRules.QUANTIZED + ") || !has(self.q) || self.q > 0.0",
        message = "field 'q' must be > 0",
        messageExpression = CelRules.PARAM + " + \"field 'q' = \" + string(self.q) + \" must be > 0 for \""
                + " + self.distribution")
@ValidationRule(value = "self.distribution != 'int' || ((!has(self.low) || " + CelRules.WHOLE_LOW + ")"
        + " && (!has(self.high) || " + CelRules.WHOLE_HIGH + "))",
        message = "fields 'low' and 'high' must be integers for int",
        messageExpression = CelRules.PARAM + " + (has(self.low) && !" + CelRules.WHOLE_LOW
                + " ? \"field 'low' = \" + string(self.low) : \"field 'high' = \" + string(self.high))"
                + " + \" must be an integer for int\"")
@ValidationRule(value = "!has(self.choices) || size(self.choices) >= 2",
        message = "field 'choices' must hold at least two values",
        messageExpression = CelRules.PARAM + " + \"field 'choices' holds \" + string(size(self.choices))"
                + " + \" value(s); it must hold at least two values\"")
// `d in [c]`, not `d == c`: see CelRules.
@ValidationRule(value = "!has(self.choices) || self.choices.all(c, self.choices.exists_one(d, d in [c]))",
        message = "field 'choices' holds a value twice; choices must be unique",
        messageExpression = CelRules.PARAM + " + \"field 'choices' holds \""
                + " + string(self.choices.filter(c, !self.choices.exists_one(d, d in [c]))[0])"
                + " + \" twice; choices must be unique\"")
@ValidationRule(value = "!has(self.when) || size(self.when.__in__) >= 1",
        message = "field 'when.in' is empty; list at least one of the parent's choices",
        messageExpression = CelRules.PARAM + " + \"field 'when.in' is empty; list at least one of the choices of '\""
                + " + self.when.parameter + \"'\"")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ParameterSpec {
    /**
     * Name of the parameter, used in placeholders as ${param.NAME}.
     */
    @Required
    @Size(max = 63)
    @Pattern("^[A-Za-z_][A-Za-z0-9_.-]*$")
    @JsonPropertyDescription("Name of the parameter, used in placeholders as ${param.NAME}.")
    private String name;

    /**
     * uniform, quniform, loguniform, qloguniform, int, normal, qnormal, lognormal, qlognormal or
     * categorical.
     */
    @Required
    @Pattern("^(uniform|quniform|loguniform|qloguniform|int|normal|qnormal|lognormal|qlognormal|categorical)$")
    @JsonPropertyDescription("uniform, quniform, loguniform, qloguniform, int, normal, qnormal, lognormal, qlognormal or categorical.")
    private String distribution;

    /**
     * Lower bound (uniform family and int).
     */
    @JsonPropertyDescription("Lower bound (uniform family and int).")
    private Double low;

    /**
     * Upper bound (uniform family and int).
     */
    @JsonPropertyDescription("Upper bound (uniform family and int).")
    private Double high;

    /**
     * Quantization step (q-forms).
     */
    @JsonPropertyDescription("Quantization step (q-forms).")
    private Double q;

    /**
     * Mean (normal family; of the logarithm for lognormal).
     */
    @JsonPropertyDescription("Mean (normal family; of the logarithm for lognormal).")
    private Double mu;

    /**
     * Standard deviation (normal family).
     */
    @JsonPropertyDescription("Standard deviation (normal family).")
    private Double sigma;

    /**
     * Values of a categorical parameter: strings, numbers or booleans.
     */
    @Size(max = 32)
    @JsonPropertyDescription("Values of a categorical parameter: strings, numbers or booleans (at most 32).")
    private List<JsonNode> choices;

    /**
     * Makes the parameter active only when another parameter takes one of some values.
     */
    @JsonPropertyDescription("Makes the parameter active only when another parameter takes one of some values.")
    private ParameterCondition when;

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the new value */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the distribution */
    public String getDistribution() {
        return distribution;
    }

    /** @param distribution the new value */
    public void setDistribution(String distribution) {
        this.distribution = distribution;
    }

    /** @return the low */
    public Double getLow() {
        return low;
    }

    /** @param low the new value */
    public void setLow(Double low) {
        this.low = low;
    }

    /** @return the high */
    public Double getHigh() {
        return high;
    }

    /** @param high the new value */
    public void setHigh(Double high) {
        this.high = high;
    }

    /** @return the q */
    public Double getQ() {
        return q;
    }

    /** @param q the new value */
    public void setQ(Double q) {
        this.q = q;
    }

    /** @return the mu */
    public Double getMu() {
        return mu;
    }

    /** @param mu the new value */
    public void setMu(Double mu) {
        this.mu = mu;
    }

    /** @return the sigma */
    public Double getSigma() {
        return sigma;
    }

    /** @param sigma the new value */
    public void setSigma(Double sigma) {
        this.sigma = sigma;
    }

    /** @return the choices */
    public List<JsonNode> getChoices() {
        return choices;
    }

    /** @param choices the new value */
    public void setChoices(List<JsonNode> choices) {
        this.choices = choices;
    }

    /** @return the when */
    public ParameterCondition getWhen() {
        return when;
    }

    /** @param when the new value */
    public void setWhen(ParameterCondition when) {
        this.when = when;
    }

}
