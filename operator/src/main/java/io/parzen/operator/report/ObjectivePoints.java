package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Which trials an objective-vs-parameter chart draws, and at which value: a succeeded trial at its
 * objective, an early-stopped one at the last value of the objective's metric it reported (where
 * the early-stopping rule stopped it: without it a study that stopped 6 of 10 trials would show 4 points).
 * Trials with no value (failed, running, unreadable) are only counted.
 *
 * @param succeeded the succeeded trials that have the parameter
 * @param earlyStopped the early-stopped trials with a last value that have the parameter
 * @param withoutParameter trials with a value but without the parameter (conditional ones)
 * @param withoutValue trials with no value to draw, by phase
 */
record ObjectivePoints(List<Point> succeeded, List<Point> earlyStopped, int withoutParameter,
        Map<TrialPhase, Integer> withoutValue) {

    /**
     * One drawn trial.
     *
     * @param trial the trial
     * @param parameter its value of the chart's parameter, as written
     * @param value its objective, or its last reported value when stopped early
     */
    record Point(TrialRecord trial, String parameter, double value) {}

    ObjectivePoints {
        succeeded = List.copyOf(succeeded);
        earlyStopped = List.copyOf(earlyStopped);
        withoutValue = Map.copyOf(withoutValue);
    }

    /** The points of {@code study} against {@code param}. */
    static ObjectivePoints of(StudyModel study, String param) {
        String metric = study.objectiveMetric();
        List<Point> succeeded = new ArrayList<>();
        List<Point> earlyStopped = new ArrayList<>();
        int withoutParameter = 0;
        Map<TrialPhase, Integer> withoutValue = new EnumMap<>(TrialPhase.class);
        for (TrialRecord trial : study.trials()) {
            OptionalDouble value = value(trial, metric);
            if (value.isEmpty()) {
                withoutValue.merge(trial.phase(), 1, Integer::sum);
            } else if (!trial.params().containsKey(param)) {
                withoutParameter++;
            } else {
                Point point = new Point(trial, trial.params().get(param), value.getAsDouble());
                (trial.phase() == TrialPhase.SUCCEEDED ? succeeded : earlyStopped).add(point);
            }
        }
        return new ObjectivePoints(succeeded, earlyStopped, withoutParameter, withoutValue);
    }

    /**
     * The value a trial is drawn at: the objective of a succeeded trial, the last finite value of
     * {@code metric} of an early-stopped one; empty for every other trial.
     */
    static OptionalDouble value(TrialRecord trial, String metric) {
        return switch (trial.phase()) {
            case SUCCEEDED -> trial.objective();
            case EARLY_STOPPED -> trial.lastValue(metric);
            default -> OptionalDouble.empty();
        };
    }

    /** Every drawn point, succeeded first. */
    List<Point> all() {
        return Stream.concat(succeeded.stream(), earlyStopped.stream()).toList();
    }

    /**
     * The chart's subtitle: what is drawn, and what is not and why, e.g. {@code 4 succeeded, 6
     * early-stopped (last value), 1 without lr; not drawn, no value: 1 failed}.
     */
    String caption(String param) {
        StringBuilder text = new StringBuilder().append(succeeded.size()).append(" succeeded");
        if (!earlyStopped.isEmpty()) {
            text.append(", ").append(earlyStopped.size()).append(" early-stopped (last value)");
        }
        if (withoutParameter > 0) {
            text.append(", ").append(withoutParameter).append(" without ").append(param);
        }
        if (!withoutValue.isEmpty()) {
            List<String> counts = new ArrayList<>();
            new EnumMap<>(withoutValue).forEach((phase, n) -> counts.add(n + " " + spelling(phase)));
            text.append("; not drawn, no value: ").append(String.join(", ", counts));
        }
        return text.toString();
    }

    private static String spelling(TrialPhase phase) {
        return phase == TrialPhase.EARLY_STOPPED ? "early-stopped" : phase.display().toLowerCase(Locale.ROOT);
    }
}
