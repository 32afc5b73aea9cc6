package io.parzen.tpe;

import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Locale;

/** How many ranked trials form the good group. */
public enum GammaRule {
    /** Optuna's default: min(ceil(0.1 n), 25). */
    LINEAR,
    /** hyperopt's: min(ceil(0.25 sqrt(n)), 25). */
    SQRT;

    public static final int MAX_GOOD = 25;

    public int goodCount(int ranked) {
        double raw = this == LINEAR ? 0.1 * ranked : 0.25 * Math.sqrt(ranked);
        // 1e-9 keeps exact products such as 0.1 * 20 from rounding up to 3.
        return (int) Math.min(Math.ceil(raw - 1e-9), MAX_GOOD);
    }

    public static GammaRule parse(String name) {
        for (GammaRule rule : values()) {
            if (rule.name().toLowerCase(Locale.ROOT).equals(name)) {
                return rule;
            }
        }
        throw new InvalidSpaceException("algorithm: field 'gammaRule' = '" + name + "' is not supported; allowed: linear, sqrt");
    }
}
