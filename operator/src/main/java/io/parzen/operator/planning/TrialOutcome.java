package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The status a trial should have, as computed by {@link TrialStatusMapper}.
 *
 * @param phase the phase
 * @param reason a CamelCase reason
 * @param message a sentence for people (may be empty)
 * @param objective the objective to show, if any
 * @param epoch the latest epoch, if any
 * @param plannedEpochs the epochs the trainer said it trains in all, if it said
 * @param curve the objective per epoch
 */
public record TrialOutcome(TrialPhase phase, String reason, String message, OptionalDouble objective, OptionalInt epoch,
        OptionalInt plannedEpochs, Map<Integer, Double> curve) {
    /** Copies the curve, sorted. */
    public TrialOutcome {
        curve = java.util.Collections.unmodifiableMap(new TreeMap<>(curve));
    }
}
