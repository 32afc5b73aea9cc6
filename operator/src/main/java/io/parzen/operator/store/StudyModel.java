package io.parzen.operator.store;

import io.parzen.tpe.Goal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One study as the store holds it: its trials sorted by name (trial names end in a zero-padded
 * index, so this is creation order).
 *
 * @param study the study's name
 * @param trials its trials, sorted by name
 */
public record StudyModel(String study, List<TrialRecord> trials) {

    /** Sorts and copies the trials. */
    public StudyModel {
        List<TrialRecord> sorted = new ArrayList<>(trials);
        sorted.sort(Comparator.comparing(TrialRecord::name));
        trials = List.copyOf(sorted);
    }

    /** Every parameter name of any trial, in first-seen order. */
    public List<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        trials.forEach(t -> names.addAll(t.params().keySet()));
        return List.copyOf(names);
    }

    /** The trial of that name. */
    public Optional<TrialRecord> trial(String name) {
        return trials.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** How many trials are in the phase. */
    public long count(TrialPhase phase) {
        return trials.stream().filter(t -> t.phase() == phase).count();
    }

    /** The succeeded trial with the best objective (the first by name among equals), if any. */
    public Optional<TrialRecord> best(Goal goal) {
        TrialRecord best = null;
        for (TrialRecord trial : trials) {
            OptionalDouble objective = trial.objective();
            if (objective.isEmpty()) {
                continue;
            }
            if (best == null || goal.better(objective.getAsDouble(), best.objective().getAsDouble())) {
                best = trial;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The objective's metric key, from the first succeeded result; {@code valLoss} when none. */
    public String objectiveMetric() {
        return trials.stream()
                .filter(t -> t.result() != null && t.result().metric() != null)
                .map(t -> t.result().metric())
                .findFirst()
                .orElse(io.parzen.storage.MetricsLine.VAL_LOSS);
    }
}
