package io.parzen.tpe.space;

import java.util.Map;

/** One named dimension of a search space; {@code when} is null for an unconditional parameter. */
public record Parameter(String name, Distribution distribution, Condition when) {

    public Parameter(String name, Distribution distribution) {
        this(name, distribution, null);
    }

    public boolean conditional() {
        return when != null;
    }

    /** Whether this parameter is active given the values already chosen for earlier parameters. */
    public boolean activeIn(Map<String, Object> chosen) {
        return when == null || (chosen.containsKey(when.parameter()) && when.holds(chosen.get(when.parameter())));
    }
}
