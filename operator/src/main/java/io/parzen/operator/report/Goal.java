package io.parzen.operator.report;

import java.util.Locale;

/** Whether a smaller or a larger objective is better; the report cannot tell from result.json alone. */
public enum Goal {
    /** Smaller is better (losses; the default). */
    MINIMIZE,
    /** Larger is better (F1, IoU). */
    MAXIMIZE;

    /** Whether {@code candidate} is strictly better than {@code incumbent}; NaN is never better. */
    public boolean better(double candidate, double incumbent) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(incumbent)) {
            return true;
        }
        return this == MINIMIZE ? candidate < incumbent : candidate > incumbent;
    }

    /** Parses {@code minimize} or {@code maximize}, case-insensitively. */
    public static Goal parse(String text) {
        for (Goal goal : values()) {
            if (goal.name().equalsIgnoreCase(text.strip())) {
                return goal;
            }
        }
        throw new IllegalArgumentException("goal '" + text + "' is neither minimize nor maximize");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
