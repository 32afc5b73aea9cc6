package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * The quantity a Study optimizes: a key of the trainer's metrics lines and the direction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Objective {
    /**
     * Key of the metrics lines to optimize, e.g. valLoss or valIoU.
     */
    @Required
    @Pattern("^[A-Za-z][A-Za-z0-9_]*$")
    @JsonPropertyDescription("Key of the metrics lines to optimize, e.g. valLoss or valIoU.")
    private String metric;

    /**
     * minimize or maximize.
     */
    @Pattern("^(minimize|maximize)$")
    @Default("minimize")
    @JsonPropertyDescription("minimize or maximize.")
    private String goal;

    /**
     * Optional: the Study finishes (TargetReached) once a trial succeeds with an objective at least
     * this good.
     */
    @JsonPropertyDescription("Optional: the Study finishes (TargetReached) once a trial succeeds with an objective at least this good.")
    private Double target;

    /** @return the metric */
    public String getMetric() {
        return metric;
    }

    /** @param metric the new value */
    public void setMetric(String metric) {
        this.metric = metric;
    }

    /** @return the goal */
    public String getGoal() {
        return goal;
    }

    /** @param goal the new value */
    public void setGoal(String goal) {
        this.goal = goal;
    }

    /** @return the target */
    public Double getTarget() {
        return target;
    }

    /** @param target the new value */
    public void setTarget(Double target) {
        this.target = target;
    }

}
