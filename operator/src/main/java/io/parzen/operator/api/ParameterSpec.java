package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * One dimension of the search space. uniform, loguniform and int take low and high; quniform and
 * qloguniform also q; normal and lognormal take mu and sigma (q for their q-forms); categorical takes
 * choices.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ParameterSpec {
    /**
     * Name of the parameter, used in placeholders as ${param.NAME}.
     */
    @Required
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
    @JsonPropertyDescription("Values of a categorical parameter: strings, numbers or booleans.")
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
