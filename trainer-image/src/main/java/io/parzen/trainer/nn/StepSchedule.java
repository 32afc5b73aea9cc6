package io.parzen.trainer.nn;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * {@link LrSchedule} as DL4J's updater asks for it: by iteration (DL4J counts one per
 * {@code fit} call, from 0). Plain fields with Jackson names, so {@code model.zip}'s configuration
 * JSON stores and restores it.
 */
public final class StepSchedule implements ISchedule {

    private final String kind;
    private final double peak;
    private final double warmupFraction;
    private final long totalSteps;
    private transient LrSchedule schedule;

    public StepSchedule(LrSchedule schedule) {
        this(schedule.kind().label(), schedule.peak(), schedule.warmupFraction(), schedule.totalSteps());
    }

    @JsonCreator
    public StepSchedule(@JsonProperty("kind") String kind, @JsonProperty("peak") double peak,
                        @JsonProperty("warmupFraction") double warmupFraction, @JsonProperty("totalSteps") long totalSteps) {
        this.kind = kind;
        this.peak = peak;
        this.warmupFraction = warmupFraction;
        this.totalSteps = totalSteps;
        this.schedule = new LrSchedule(LrSchedule.Kind.parse(kind), peak, warmupFraction, totalSteps);
    }

    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    @JsonProperty("peak")
    public double getPeak() {
        return peak;
    }

    @JsonProperty("warmupFraction")
    public double getWarmupFraction() {
        return warmupFraction;
    }

    @JsonProperty("totalSteps")
    public long getTotalSteps() {
        return totalSteps;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.at(iteration);
    }

    @Override
    public ISchedule clone() {
        return new StepSchedule(kind, peak, warmupFraction, totalSteps);
    }
}
