package io.parzen.tpe.bench;

import io.parzen.tpe.space.SearchSpace;
import java.util.Map;
import java.util.SplittableRandom;

/** A benchmark function to minimise: its space, its (possibly noisy) value, and its noise-free value. */
public interface Objective {

    String name();

    SearchSpace space();

    /** The noise-free value, used to judge which configuration a run really found. */
    double trueValue(Map<String, Object> params);

    /** What a trial reports; noisy objectives add their noise here. */
    default double observe(Map<String, Object> params, SplittableRandom noise) {
        return trueValue(params);
    }

    /** The known global minimum (over the configurations that do not fail). */
    double minimum();

    /** Whether a trial with these parameters crashes (runs out of GPU memory, say) instead of reporting a value. */
    default boolean fails(Map<String, Object> params) {
        return false;
    }

    static double num(Map<String, Object> params, String name) {
        return ((Number) params.get(name)).doubleValue();
    }
}
