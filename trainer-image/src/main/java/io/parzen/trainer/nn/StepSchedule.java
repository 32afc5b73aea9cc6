package io.parzen.trainer.nn;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * {@link LrSchedule} as DL4J's updater asks for it: by iteration (DL4J counts one per
 * {@code fit} call, from 0). Its fields are written under Jackson names, so {@code model.zip}'s
 * configuration JSON stores and restores it.
 */
public final class StepSchedule implements ISchedule {

    private final LrSchedule schedule;

    public StepSchedule(LrSchedule schedule) {
        this.schedule = schedule;
    }

    @JsonCreator
    public StepSchedule(@JsonProperty("kind") String kind, @JsonProperty("peak") double peak,
                        @JsonProperty("warmupFraction") double warmupFraction, @JsonProperty("totalSteps") long totalSteps) {
        this(new LrSchedule(LrSchedule.Kind.parse(kind), peak, warmupFraction, totalSteps));
    }

    @JsonProperty("kind")
    public String getKind() {
        return schedule.kind().label();
    }

    @JsonProperty("peak")
    public double getPeak() {
        return schedule.peak();
    }

    @JsonProperty("warmupFraction")
    public double getWarmupFraction() {
        return schedule.warmupFraction();
    }

    @JsonProperty("totalSteps")
    public long getTotalSteps() {
        return schedule.totalSteps();
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return schedule.at(iteration);
    }

    @Override
    public ISchedule clone() {
        return new StepSchedule(schedule); // immutable: the record is shared
    }
}
