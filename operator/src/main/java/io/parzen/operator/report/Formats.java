package io.parzen.operator.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/** Short, locale-independent spellings of numbers and parameter sets for tables and captions. */
public final class Formats {
    /** What a table shows for a missing value. */
    public static final String NONE = "-";

    private Formats() {}

    /**
     * A number with at most {@code digits} significant digits, no trailing zeros, and exponent
     * notation outside [1e-3, 1e6): {@code 0.3125}, {@code 57}, {@code 3.16e-4}, {@code NaN}.
     */
    public static String number(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e-3 && abs < 1e6) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /** {@link #number} with 4 digits, or {@link #NONE}. */
    public static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble(), 4) : NONE;
    }

    /**
     * {@code name=value,...} in the map's order; numeric values shortened to 3 significant digits,
     * other values as written.
     */
    public static String params(Map<String, String> params) {
        if (params.isEmpty()) {
            return NONE;
        }
        StringJoiner joined = new StringJoiner(",");
        params.forEach((name, value) -> joined.add(name + "=" + paramValue(value)));
        return joined.toString();
    }

    /** One parameter value: a number shortened to 3 significant digits, anything else as is. */
    public static String paramValue(String value) {
        OptionalDouble number = parse(value);
        return number.isPresent() ? number(number.getAsDouble(), 3) : value;
    }

    /** The value as a finite number, if it is one. */
    public static OptionalDouble parse(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
