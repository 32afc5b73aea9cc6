package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/**
 * The best succeeded trial of a Study.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BestTrial {
    /**
     * The Trial's name.
     */
    @JsonPropertyDescription("The Trial's name.")
    private String name;

    /**
     * Its objective.
     */
    @JsonPropertyDescription("Its objective.")
    private Double objective;

    /**
     * Its parameters.
     */
    @JsonPropertyDescription("Its parameters.")
    private Map<String, String> parameters;

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the new value */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the objective */
    public Double getObjective() {
        return objective;
    }

    /** @param objective the new value */
    public void setObjective(Double objective) {
        this.objective = objective;
    }

    /** @return the parameters */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /** @param parameters the new value */
    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

}
