package io.parzen.tpe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trial as the optimizer sees it: its index, the values of its active parameters, its state
 * and, when it has one, its loss (lower is better; maximize studies negate before telling).
 *
 * @param value the loss, or NaN when there is none
 */
public record Observation(int trial, Map<String, Object> params, TrialState state, double value) {

    public Observation {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (state == null) {
            throw new IllegalArgumentException("trial " + trial + ": state is required");
        }
    }

    public static Observation succeeded(int trial, Map<String, Object> params, double value) {
        return new Observation(trial, params, TrialState.SUCCEEDED, value);
    }

    public static Observation pending(int trial, Map<String, Object> params) {
        return new Observation(trial, params, TrialState.PENDING, Double.NaN);
    }

    public static Observation failed(int trial, Map<String, Object> params) {
        return new Observation(trial, params, TrialState.FAILED, Double.NaN);
    }

    /** Succeeded or early-stopped with a finite loss: ranked in the good/bad split. */
    public boolean ranked() {
        return (state == TrialState.SUCCEEDED || state == TrialState.EARLY_STOPPED) && Double.isFinite(value);
    }
}
