package io.parzen.tpe.estimator;

import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Locale;

/**
 * How a kernel's bandwidth comes from its neighbours ({@link Bandwidths}): {@code ENDPOINTS}
 * takes the bounds as the outer neighbours (parzen's default, as Optuna since 4.x);
 * {@code TPE} inserts the prior mean among the observations (as hyperopt does; docs/tpe.md). Unbounded
 * parameters always use {@code TPE}: they have no bounds.
 */
public enum BandwidthRule {
    ENDPOINTS,
    TPE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BandwidthRule parse(String name) {
        for (BandwidthRule rule : values()) {
            if (rule.wireName().equals(name)) {
                return rule;
            }
        }
        throw new InvalidSpaceException("algorithm: field 'bandwidths' = '" + name + "' is not supported; allowed: endpoints, tpe");
    }
}
