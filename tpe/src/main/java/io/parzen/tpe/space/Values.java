package io.parzen.tpe.space;

import java.util.Map;
import java.util.Objects;

/** Comparison and canonical forms of parameter values coming from JSON, YAML or Java. */
public final class Values {
    private Values() {}

    /** Equality where numbers compare by numeric value (1 == 1L == 1.0) and everything else by equals. */
    public static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    /** Whether two configurations hold the same parameters with the same values. */
    public static boolean sameConfiguration(Map<String, Object> a, Map<String, Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) || !same(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Numeric value of a parameter value, or NaN when it is not a number. */
    public static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
