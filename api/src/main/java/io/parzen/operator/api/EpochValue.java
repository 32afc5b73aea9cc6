package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/**
 * The objective a trial reported at one epoch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class EpochValue {
    /**
     * The epoch, from 1.
     */
    @Required
    @JsonPropertyDescription("The epoch, from 1.")
    private Integer epoch;

    /**
     * The objective's value after that epoch.
     */
    @Required
    @JsonPropertyDescription("The objective's value after that epoch.")
    private Double value;

    /** @return the epoch */
    public Integer getEpoch() {
        return epoch;
    }

    /** @param epoch the new value */
    public void setEpoch(Integer epoch) {
        this.epoch = epoch;
    }

    /** @return the value */
    public Double getValue() {
        return value;
    }

    /** @param value the new value */
    public void setValue(Double value) {
        this.value = value;
    }

    /** A value at an epoch. */
    public static EpochValue of(int epoch, double value) {
        EpochValue v = new EpochValue();
        v.setEpoch(epoch);
        v.setValue(value);
        return v;
    }

}
