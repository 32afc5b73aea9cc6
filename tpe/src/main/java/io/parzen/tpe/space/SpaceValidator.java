package io.parzen.tpe.space;

import java.util.Map;
import java.util.regex.Pattern;

/** Checks one parameter at a time; every message names the parameter, the field, the value and what is allowed. */
final class SpaceValidator {
    /** Names end up in ${param.NAME} placeholders and label values, so keep them simple. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,62}");

    private SpaceValidator() {}

    static void validateParameter(Parameter p) {
        if (p.name() == null || !NAME.matcher(p.name()).matches()) {
            throw new InvalidSpaceException("parameter '" + p.name() + "': field 'name' must start with a letter or '_' and"
                    + " contain only letters, digits, '_', '.', '-' (at most 63 characters)");
        }
        if (p.distribution() instanceof NumericDistribution d) {
            validateNumeric(p.name(), d);
        } else if (p.distribution() instanceof CategoricalDistribution c) {
            validateCategorical(p.name(), c);
        } else {
            throw new InvalidSpaceException("parameter '" + p.name() + "': field 'distribution' is required");
        }
    }

    private static void validateNumeric(String name, NumericDistribution d) {
        String kind = d.kind().wireName();
        if (d.bounded()) {
            finite(name, "low", d.low());
            finite(name, "high", d.high());
            if (!(d.low() < d.high())) {
                throw new InvalidSpaceException(field(name, "high", d.high()) + " must be greater than low (" + num(d.low())
                        + ") for " + kind);
            }
            if (d.log() && !(d.low() > 0)) {
                throw new InvalidSpaceException(field(name, "low", d.low()) + " must be > 0 for " + kind
                        + " (its kernels live in log space)");
            }
        } else {
            finite(name, "mu", d.mu());
            finite(name, "sigma", d.sigma());
            if (!(d.sigma() > 0)) {
                throw new InvalidSpaceException(field(name, "sigma", d.sigma()) + " must be > 0 for " + kind);
            }
        }
        if (d.quantized()) {
            finite(name, "q", d.q());
            if (!(d.q() > 0)) {
                throw new InvalidSpaceException(field(name, "q", d.q()) + " must be > 0 for " + kind);
            }
        }
        if (d.kind() == DistributionKind.INT && (d.low() != Math.rint(d.low()) || d.high() != Math.rint(d.high()))) {
            throw new InvalidSpaceException(field(name, d.low() != Math.rint(d.low()) ? "low" : "high",
                    d.low() != Math.rint(d.low()) ? d.low() : d.high()) + " must be an integer for int");
        }
    }

    private static void validateCategorical(String name, CategoricalDistribution c) {
        if (c.choices().size() < 2) {
            throw new InvalidSpaceException("parameter '" + name + "': field 'choices' = " + c.choices()
                    + " must hold at least two values");
        }
        for (int i = 0; i < c.size(); i++) {
            Object v = c.choices().get(i);
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new InvalidSpaceException("parameter '" + name + "': field 'choices' value " + v
                        + " must be a string, a number or a boolean");
            }
            if (v instanceof Number n && !Double.isFinite(n.doubleValue())) {
                throw new InvalidSpaceException("parameter '" + name + "': field 'choices' value " + v + " must be finite");
            }
            if (c.indexOf(v) != i) {
                throw new InvalidSpaceException("parameter '" + name + "': field 'choices' holds " + v
                        + " twice; choices must be unique");
            }
        }
    }

    static void validateCondition(Parameter p, Map<String, Parameter> declaredSoFar) {
        Condition when = p.when();
        if (when == null) {
            return;
        }
        Parameter parent = declaredSoFar.get(when.parameter());
        if (parent == null || parent == p) {
            throw new InvalidSpaceException("parameter '" + p.name() + "': field 'when.parameter' = '" + when.parameter()
                    + "' must name a categorical parameter declared before it");
        }
        if (!(parent.distribution() instanceof CategoricalDistribution choices)) {
            throw new InvalidSpaceException("parameter '" + p.name() + "': field 'when.parameter' = '" + when.parameter()
                    + "' is " + parent.distribution().kind().wireName() + "; conditions need a categorical parent");
        }
        if (when.values().isEmpty()) {
            throw new InvalidSpaceException("parameter '" + p.name() + "': field 'when.in' is empty; list at least one of "
                    + choices.choices());
        }
        for (Object v : when.values()) {
            if (choices.indexOf(v) < 0) {
                throw new InvalidSpaceException("parameter '" + p.name() + "': field 'when.in' value " + v + " is not a choice of '"
                        + parent.name() + "'; allowed: " + choices.choices());
            }
        }
    }

    private static void finite(String name, String field, double value) {
        if (Double.isNaN(value)) {
            throw new InvalidSpaceException("parameter '" + name + "': field '" + field + "' is required");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidSpaceException(field(name, field, value) + " must be a finite number");
        }
    }

    private static String field(String name, String field, double value) {
        return "parameter '" + name + "': field '" + field + "' = " + num(value);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
