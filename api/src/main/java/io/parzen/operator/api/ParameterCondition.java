package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * The condition of a conditional parameter: active when {@code parameter} takes one of the values
 * {@code in}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ParameterCondition {
    /**
     * Name of the parent parameter (declared earlier).
     */
    @Required
    @Size(max = 63)
    @JsonPropertyDescription("Name of the parent parameter (declared earlier).")
    private String parameter;

    /**
     * Values of the parent that activate this parameter.
     */
    @Required
    @Size(max = 32)
    @JsonPropertyDescription("Values of the parent that activate this parameter.")
    private List<JsonNode> in;

    /** @return the parameter */
    public String getParameter() {
        return parameter;
    }

    /** @param parameter the new value */
    public void setParameter(String parameter) {
        this.parameter = parameter;
    }

    /** @return the in */
    public List<JsonNode> getIn() {
        return in;
    }

    /** @param in the new value */
    public void setIn(List<JsonNode> in) {
        this.in = in;
    }

}
