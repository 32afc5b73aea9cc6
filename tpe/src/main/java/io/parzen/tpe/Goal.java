package io.parzen.tpe;

import io.parzen.tpe.space.InvalidSpaceException;

/** Whether a study minimises or maximises its objective; samplers always minimise a loss. */
public enum Goal {
    MINIMIZE,
    MAXIMIZE;

    /** The loss the samplers see: the value itself, or its negation when maximising. */
    public double toLoss(double value) {
        return this == MAXIMIZE ? -value : value;
    }

    public static Goal parse(String name) {
        if ("minimize".equals(name)) {
            return MINIMIZE;
        }
        if ("maximize".equals(name)) {
            return MAXIMIZE;
        }
        throw new InvalidSpaceException("field 'goal' = '" + name + "' is not supported; allowed: minimize, maximize");
    }
}
