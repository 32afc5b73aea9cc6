package io.parzen.tpe.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link SearchSpace} from the plain shape used by the Study CRD, JSON and YAML: a list
 * of maps with {@code name, distribution, low, high, q, mu, sigma, choices, when: {parameter, in}}.
 * Unknown or misplaced fields are errors, so that a typo never silently widens a search.
 */
public final class SpaceParser {
    private static final Set<String> FIELDS = Set.of("name", "distribution", "low", "high", "q", "mu", "sigma", "choices", "when");

    private SpaceParser() {}

    public static SearchSpace parse(List<?> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            throw new InvalidSpaceException("field 'parameters' is empty; a search space needs at least one parameter");
        }
        List<Parameter> parsed = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (!(parameters.get(i) instanceof Map<?, ?> map)) {
                throw new InvalidSpaceException("parameters[" + i + "] must be an object with name and distribution");
            }
            parsed.add(parameter(map, i));
        }
        return new SearchSpace(parsed);
    }

    static Parameter parameter(Map<?, ?> map, int position) {
        Object rawName = map.get("name");
        if (!(rawName instanceof String name) || name.isBlank()) {
            throw new InvalidSpaceException("parameters[" + position + "]: field 'name' is required (a non-empty string)");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new InvalidSpaceException("parameter '" + name + "': field '" + key + "' is unknown; allowed: "
                        + String.join(", ", List.of("name", "distribution", "low", "high", "q", "mu", "sigma", "choices", "when")));
            }
        }
        Object rawKind = map.get("distribution");
        if (!(rawKind instanceof String kindName)) {
            throw new InvalidSpaceException("parameter '" + name + "': field 'distribution' is required; allowed: "
                    + DistributionKind.allowed());
        }
        DistributionKind kind = DistributionKind.parse(kindName, name);
        Distribution distribution = distribution(name, kind, map);
        return new Parameter(name, distribution, condition(name, map.get("when")));
    }

    private static Distribution distribution(String name, DistributionKind kind, Map<?, ?> map) {
        if (kind == DistributionKind.CATEGORICAL) {
            only(name, kind, map, "choices");
            Object choices = map.get("choices");
            if (!(choices instanceof List<?> list)) {
                throw new InvalidSpaceException("parameter '" + name + "': field 'choices' is required for categorical (a list)");
            }
            return new CategoricalDistribution(new ArrayList<>(list));
        }
        return switch (kind) {
            case UNIFORM, LOGUNIFORM -> {
                only(name, kind, map, "low", "high");
                yield new NumericDistribution(kind, number(name, map, "low"), number(name, map, "high"), Double.NaN, Double.NaN, Double.NaN);
            }
            case QUNIFORM, QLOGUNIFORM -> {
                only(name, kind, map, "low", "high", "q");
                yield new NumericDistribution(kind, number(name, map, "low"), number(name, map, "high"), number(name, map, "q"), Double.NaN, Double.NaN);
            }
            case INT -> {
                only(name, kind, map, "low", "high");
                yield new NumericDistribution(kind, number(name, map, "low"), number(name, map, "high"), 1.0, Double.NaN, Double.NaN);
            }
            case NORMAL, LOGNORMAL -> {
                only(name, kind, map, "mu", "sigma");
                yield new NumericDistribution(kind, Double.NaN, Double.NaN, Double.NaN, number(name, map, "mu"), number(name, map, "sigma"));
            }
            case QNORMAL, QLOGNORMAL -> {
                only(name, kind, map, "mu", "sigma", "q");
                yield new NumericDistribution(kind, Double.NaN, Double.NaN, number(name, map, "q"), number(name, map, "mu"), number(name, map, "sigma"));
            }
            case CATEGORICAL -> throw new AssertionError("handled above");
        };
    }

    /** Rejects value fields that the kind does not take (q on uniform, mu on int, ...). */
    private static void only(String name, DistributionKind kind, Map<?, ?> map, String... allowed) {
        List<String> takes = List.of(allowed);
        for (String field : List.of("low", "high", "q", "mu", "sigma", "choices")) {
            if (map.containsKey(field) && map.get(field) != null && !takes.contains(field)) {
                throw new InvalidSpaceException("parameter '" + name + "': field '" + field + "' does not apply to "
                        + kind.wireName() + "; it takes " + String.join(", ", takes));
            }
        }
    }

    private static double number(String name, Map<?, ?> map, String field) {
        Object v = map.get(field);
        if (v == null) {
            throw new InvalidSpaceException("parameter '" + name + "': field '" + field + "' is required");
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new InvalidSpaceException("parameter '" + name + "': field '" + field + "' = '" + v + "' must be a number");
    }

    private static Condition condition(String name, Object when) {
        if (when == null) {
            return null;
        }
        if (!(when instanceof Map<?, ?> map)) {
            throw new InvalidSpaceException("parameter '" + name + "': field 'when' must be an object {parameter: P, in: [values]}");
        }
        for (Object key : map.keySet()) {
            if (!"parameter".equals(key) && !"in".equals(key)) {
                throw new InvalidSpaceException("parameter '" + name + "': field 'when." + key + "' is unknown; allowed: parameter, in");
            }
        }
        if (!(map.get("parameter") instanceof String parent)) {
            throw new InvalidSpaceException("parameter '" + name + "': field 'when.parameter' is required (the parent's name)");
        }
        Object in = map.get("in");
        if (!(in instanceof List<?> values)) {
            throw new InvalidSpaceException("parameter '" + name + "': field 'when.in' is required (a list of the parent's values)");
        }
        return new Condition(parent, new ArrayList<>(values));
    }
}
