package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which trial the report calls "baseline-like", to compare with the best one:
 * <ol>
 *   <li>among trials whose parameter {@code matchParam} equals {@code matchValue} (default
 *       {@code head=baseline}: the seed's 1x1 head with 3 filters), the one with the best
 *       objective;</li>
 *   <li>otherwise, the trial with the smallest numeric {@code smallestParam} (default
 *       {@code filtersPerClass}: a grouped head with the fewest filters per class is closest to
 *       the baseline), ties broken by the best objective.</li>
 * </ol>
 * Parameter names match ignoring case, '-' and '_' ({@code filters-per-class} =
 * {@code filtersPerClass}), as the trainer matches them. Only trials that reported at least one
 * epoch take part; among equals the first by name wins.
 *
 * @param matchParam the parameter of step 1, or null to skip it
 * @param matchValue the value of step 1
 * @param smallestParam the parameter of step 2, or null to skip it
 */
public record BaselineRule(String matchParam, String matchValue, String smallestParam) {

    /** {@code head=baseline}, then the smallest {@code filtersPerClass}. */
    public static BaselineRule defaults() {
        return new BaselineRule("head", "baseline", "filtersPerClass");
    }

    /** The chosen trial and why, in words. */
    public record Choice(TrialRecord trial, String reason) {}

    /** Applies the rule; empty when no trial fits. */
    public Optional<Choice> select(StudyModel study, Goal goal) {
        List<TrialRecord> candidates = study.trials().stream().filter(t -> !t.metrics().isEmpty()).toList();
        Comparator<TrialRecord> byObjective = byObjective(goal);
        if (matchParam != null) {
            Optional<TrialRecord> matched = candidates.stream()
                    .filter(t -> value(t.params(), matchParam).map(v -> v.equals(matchValue)).orElse(false))
                    .min(byObjective);
            if (matched.isPresent()) {
                return Optional.of(new Choice(matched.get(), matchParam + "=" + matchValue));
            }
        }
        if (smallestParam != null) {
            Comparator<TrialRecord> bySmallest = Comparator.comparingDouble(
                    t -> Formats.parse(value(t.params(), smallestParam).orElse("")).getAsDouble());
            Optional<TrialRecord> smallest = candidates.stream()
                    .filter(t -> Formats.parse(value(t.params(), smallestParam).orElse("")).isPresent())
                    .min(bySmallest.thenComparing(byObjective));
            if (smallest.isPresent()) {
                String v = value(smallest.get().params(), smallestParam).orElseThrow();
                return Optional.of(new Choice(smallest.get(), "smallest " + smallestParam + " (" + Formats.paramValue(v) + ")"));
            }
        }
        return Optional.empty();
    }

    /** A description of the rule for the report. */
    public String describe() {
        String first = matchParam == null ? null : "the best trial with " + matchParam + "=" + matchValue;
        String second = smallestParam == null ? null : "the trial with the smallest " + smallestParam;
        if (first != null && second != null) {
            return first + ", else " + second;
        }
        return first != null ? first : second != null ? second : "none";
    }

    private static Comparator<TrialRecord> byObjective(Goal goal) {
        // Succeeded trials first, best objective first; then the rest in name order (stable).
        return (a, b) -> {
            OptionalDouble x = a.objective();
            OptionalDouble y = b.objective();
            if (x.isPresent() && y.isPresent()) {
                double p = x.getAsDouble();
                double q = y.getAsDouble();
                return goal.better(p, q) ? -1 : goal.better(q, p) ? 1 : 0;
            }
            return Boolean.compare(y.isPresent(), x.isPresent());
        };
    }

    private static Optional<String> value(Map<String, String> params, String name) {
        String wanted = normalise(name);
        return params.entrySet().stream()
                .filter(e -> normalise(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String normalise(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
