package io.parzen.operator.local;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.TrialView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the local runner knows of one trial: its spec, its phase, its reported objective per epoch
 * and the epochs its trainer plans in all (when it says).
 */
final class LocalTrial {
    final String name;
    final int index;
    final Map<String, String> parameters;
    TrialPhase phase;
    double objective = Double.NaN;
    final TreeMap<Integer, Double> curve = new TreeMap<>();
    OptionalInt plannedEpochs = OptionalInt.empty();
    TrialProcess process;
    String message;

    LocalTrial(String name, int index, Map<String, String> parameters, TrialPhase phase) {
        this.name = name;
        this.index = index;
        // in the given (the search space's) order: Map.copyOf's order changes from one JVM to the next
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.phase = phase;
    }

    boolean active() {
        return phase == TrialPhase.Pending || phase == TrialPhase.Running;
    }

    int latestEpoch() {
        return curve.isEmpty() ? 0 : curve.lastKey();
    }

    TrialView view() {
        return new TrialView(name, index, phase, parameters, objective, curve, false, false, plannedEpochs);
    }
}
