package io.parzen.operator.planning;

import io.parzen.operator.api.EpochValue;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What the planner needs of one Trial, as plain values.
 *
 * @param name the Trial's name
 * @param index its index in the study
 * @param phase its phase (Pending when it has no status yet)
 * @param parameters its parameters as strings
 * @param objective its objective (latest while running, final when succeeded), or NaN
 * @param curve the objective per reported epoch, sorted by epoch
 * @param stopRequested whether the early-stopping rule already asked it to stop
 * @param jobComplete whether its Job completed while its status still says it is active (the
 *     result is being read): it no longer holds a parallelism slot, but counts as active otherwise
 */
public record TrialView(String name, int index, TrialPhase phase, Map<String, String> parameters, double objective,
        TreeMap<Integer, Double> curve, boolean stopRequested, boolean jobComplete) {

    /** Copies the maps. */
    public TrialView {
        parameters = Map.copyOf(parameters);
        curve = new TreeMap<>(curve);
    }

    /** A trial whose Job, if any, has not completed behind its status. */
    public TrialView(String name, int index, TrialPhase phase, Map<String, String> parameters, double objective,
            TreeMap<Integer, Double> curve, boolean stopRequested) {
        this(name, index, phase, parameters, objective, curve, stopRequested, false);
    }

    /** A trial without a curve or objective. */
    public static TrialView of(String name, int index, TrialPhase phase, Map<String, String> parameters) {
        return new TrialView(name, index, phase, parameters, Double.NaN, new TreeMap<>(), false);
    }

    /** The view of a Trial resource. */
    public static TrialView of(Trial trial) {
        return of(trial, false);
    }

    /** The view of a Trial resource whose Job completed ({@code jobComplete}) or not. */
    public static TrialView of(Trial trial, boolean jobComplete) {
        var spec = trial.getSpec();
        var status = trial.getStatus();
        TreeMap<Integer, Double> curve = new TreeMap<>();
        double objective = Double.NaN;
        if (status != null) {
            if (status.getCurve() != null) {
                for (EpochValue v : status.getCurve()) {
                    if (v.getEpoch() != null && v.getValue() != null) {
                        curve.put(v.getEpoch(), v.getValue());
                    }
                }
            }
            if (status.getObjective() != null) {
                objective = status.getObjective();
            }
        }
        return new TrialView(trial.getMetadata().getName(), spec.getIndex() == null ? -1 : spec.getIndex(),
                TrialPhase.of(status), spec.getParameters() == null ? Map.of() : spec.getParameters(), objective,
                curve, Boolean.TRUE.equals(spec.getEarlyStop()), jobComplete && !TrialPhase.of(status).finished());
    }

    /** Whether it still occupies a parallelism slot (pending or running, a stop request notwithstanding). */
    public boolean active() {
        return !phase.finished();
    }

    /**
     * Whether it holds a parallelism slot: active, and its Job not already complete. A completed
     * Job frees its slot before the trial's result is read, so the replacement starts sooner.
     */
    public boolean holdsSlot() {
        return active() && !jobComplete;
    }

    /** The objective if it has a finite one. */
    public OptionalDouble finiteObjective() {
        return Double.isFinite(objective) ? OptionalDouble.of(objective) : OptionalDouble.empty();
    }

    /** The latest reported epoch, or 0. */
    public int latestEpoch() {
        return curve.isEmpty() ? 0 : curve.lastKey();
    }

    /** The epochs reported, oldest first. */
    public List<Integer> epochs() {
        return new ArrayList<>(curve.keySet());
    }
}
