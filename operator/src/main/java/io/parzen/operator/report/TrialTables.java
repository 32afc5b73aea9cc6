package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The text tables of {@code parzen trials}: the trials of one study, or the studies of a store. */
public final class TrialTables {
    private TrialTables() {}

    /**
     * {@code NAME PARAMS PHASE OBJECTIVE PIXEL-F1 OBJECT-F1 EPOCH SECONDS}, one row per trial
     * (the F1 scores: {@link BuildingF1}), followed by one {@code <trial>: <message>} line per
     * early-stopped trial that says why (which rule, at which epoch: its {@code status.json}) and one
     * {@code <trial>: <problem>} line per trial whose files could not be read, in trial order.
     */
    public static List<String> trials(StudyModel study) {
        TextTable table = new TextTable(List.of("NAME", "PARAMS", "PHASE", "OBJECTIVE",
                BuildingF1.PIXEL.header, BuildingF1.OBJECT.header, "EPOCH", "SECONDS"));
        List<String> notes = new ArrayList<>();
        for (TrialRecord trial : study.trials()) {
            OptionalInt epoch = trial.lastEpoch();
            table.add(List.of(
                    trial.name(),
                    Formats.params(trial.params()),
                    trial.phase().display(),
                    Formats.number(trial.objective()),
                    BuildingF1.PIXEL.cell(trial),
                    BuildingF1.OBJECT.cell(trial),
                    epoch.isPresent() ? Integer.toString(epoch.getAsInt()) : Formats.NONE,
                    trial.seconds().isPresent() ? Formats.number(trial.seconds().getAsDouble(), 3) : Formats.NONE));
            if (trial.phase() == TrialPhase.EARLY_STOPPED && trial.problems().isEmpty() && trial.message().isPresent()) {
                notes.add(trial.name() + ": " + trial.message().get());
            }
            if (!trial.problems().isEmpty()) {
                notes.add(trial.name() + ": " + String.join("; ", trial.problems()));
            }
        }
        List<String> lines = new ArrayList<>(table.lines());
        lines.addAll(notes);
        return lines;
    }

    /** {@code NAME TRIALS SUCCEEDED RUNNING BEST OBJECTIVE}, one row per study. */
    public static List<String> studies(List<StudyModel> studies, Goal goal) {
        TextTable table = new TextTable(List.of("NAME", "TRIALS", "SUCCEEDED", "RUNNING", "BEST", "OBJECTIVE"));
        for (StudyModel study : studies) {
            var best = study.best(goal);
            table.add(List.of(
                    study.study(),
                    Integer.toString(study.trials().size()),
                    Long.toString(study.count(TrialPhase.SUCCEEDED)),
                    Long.toString(study.count(TrialPhase.RUNNING)),
                    best.map(TrialRecord::name).orElse(Formats.NONE),
                    best.map(t -> Formats.number(t.objective())).orElse(Formats.NONE)));
        }
        return table.lines();
    }
}
