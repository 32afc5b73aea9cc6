package io.parzen.operator.planning;

import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Parameter values between TPE (Double, Long, or the categorical choice) and a Trial's spec
 * (strings). Doubles are written with 10 significant digits in plain notation, so that
 * {@code 0.1 + 0.2} reads {@code 0.3}; the written string is what the trainer gets and what the
 * history is rebuilt from, so both always agree.
 */
public final class ParamValues {
    /** A whole number: parsed as a long, so integer parameters keep their type. */
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private static final MathContext DIGITS = new MathContext(10);

    private ParamValues() {}

    /** One value as a string. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return d.toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return format(f.doubleValue());
        }
        return String.valueOf(value);
    }

    /** A suggestion as strings, in declaration order. */
    public static Map<String, String> format(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, format(v)));
        return out;
    }

    /**
     * Strings back to the values TPE works with; a parameter the space does not know (the spec
     * changed) or a value that does not parse is left out.
     */
    public static Map<String, Object> parse(SearchSpace space, Map<String, String> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            String s = values.get(p.name());
            if (s == null) {
                continue;
            }
            if (p.distribution() instanceof CategoricalDistribution c) {
                for (Object choice : c.choices()) {
                    if (String.valueOf(choice).equals(s) || format(choice).equals(s)) {
                        out.put(p.name(), choice);
                        break;
                    }
                }
            } else if (p.distribution() instanceof NumericDistribution) {
                try {
                    out.put(p.name(), INTEGER.matcher(s).matches() ? (Object) Long.parseLong(s) : (Object) Double.parseDouble(s));
                } catch (NumberFormatException e) {
                    // left out: the trial keeps its other values
                }
            }
        }
        return out;
    }

    /** {@code name=value,...} for the PARAMS column. */
    public static String summary(Map<String, String> values) {
        StringJoiner j = new StringJoiner(",");
        values.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
