package io.parzen.tpe;

import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Locale;

/** Whether a study minimises or maximises its objective; samplers always minimise a loss. */
public enum Goal {
    MINIMIZE,
    MAXIMIZE;

    /** The loss the samplers see: the value itself, or its negation when maximising. */
    public double toLoss(double value) {
        return this == MAXIMIZE ? -value : value;
    }

    /** Whether {@code candidate} is strictly better than {@code incumbent}; NaN is never better, and anything beats NaN. */
    public boolean better(double candidate, double incumbent) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(incumbent)) {
            return true;
        }
        return toLoss(candidate) < toLoss(incumbent);
    }

    /** Parses {@code minimize} or {@code maximize} (any case, surrounding blanks ignored). */
    public static Goal parse(String name) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if ("minimize".equals(text)) {
            return MINIMIZE;
        }
        if ("maximize".equals(text)) {
            return MAXIMIZE;
        }
        throw new InvalidSpaceException("field 'goal' = '" + name + "' is not supported; allowed: minimize, maximize");
    }

    /** The spelling used in specs and messages: {@code minimize} or {@code maximize}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
