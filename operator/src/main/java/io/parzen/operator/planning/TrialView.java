package io.parzen.operator.planning;

import io.parzen.operator.api.EpochValue;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
 * @param plannedEpochs the epochs its trainer said it trains in all; empty when it did not say
 */
public record TrialView(String name, int index, TrialPhase phase, Map<String, String> parameters, double objective,
        TreeMap<Integer, Double> curve, boolean stopRequested, boolean jobComplete, OptionalInt plannedEpochs) {

    /** Copies the maps; the parameters keep their order (the space's), so every listing shows them alike. */
    public TrialView {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        curve = new TreeMap<>(curve);
    }

    /** A trial whose planned epoch count is unknown. */
    public TrialView(String name, int index, TrialPhase phase, Map<String, String> parameters, double objective,
            TreeMap<Integer, Double> curve, boolean stopRequested, boolean jobComplete) {
        this(name, index, phase, parameters, objective, curve, stopRequested, jobComplete, OptionalInt.empty());
    }

    /** A trial whose Job, if any, has not completed behind its status, and whose planned epoch count is unknown. */
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
        OptionalInt planned = OptionalInt.empty();
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
            if (status.getPlannedEpochs() != null) {
                planned = OptionalInt.of(status.getPlannedEpochs());
            }
        }
        return new TrialView(trial.getMetadata().getName(), spec.getIndex() == null ? -1 : spec.getIndex(),
                TrialPhase.of(status), spec.getParameters() == null ? Map.of() : spec.getParameters(), objective,
                curve, Boolean.TRUE.equals(spec.getEarlyStop()), jobComplete && !TrialPhase.of(status).finished(), planned);
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

    /**
     * Whether an early-stopping rule may stop it: running, not yet asked to stop, with an epoch
     * reported, and that epoch not its planned last (when the trainer said which): stopping a trial
     * there saves no training and loses its result.
     */
    public boolean stoppable() {
        boolean atLastEpoch = plannedEpochs.isPresent() && latestEpoch() >= plannedEpochs.getAsInt();
        return phase == TrialPhase.Running && !stopRequested && !curve.isEmpty() && !atLastEpoch;
    }

    /** The epochs reported, oldest first. */
    public List<Integer> epochs() {
        return new ArrayList<>(curve.keySet());
    }
}
