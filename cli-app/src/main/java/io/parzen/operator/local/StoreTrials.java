package io.parzen.operator.local;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.ResultRule;
import io.parzen.operator.store.TrialStatus;
import io.parzen.operator.store.TrialStatusFile;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialOutput;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and writes the local runner's view of a study's trials in the store. */
public final class StoreTrials {
    private final ObjectStore store;
    private final String study;
    private final String metric;

    public StoreTrials(ObjectStore store, String study, String metric) {
        this.store = store;
        this.study = study;
        this.metric = metric;
    }

    TrialPaths paths(String trial) {
        return ObjectLayout.trial(study, trial);
    }

    /**
     * Every trial that has a {@code trial.json}, with its phase from the store: result.json, then
     * status.json; a trial with neither was interrupted and is Pending again (it will be rerun).
     */
    List<LocalTrial> load() throws IOException {
        String prefix = ObjectLayout.study(study).trialsPrefix();
        Map<String, Boolean> specs = new TreeMap<>();
        for (String key : store.list(prefix)) {
            String rest = key.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.substring(slash + 1).equals(TrialPaths.SPEC)) {
                specs.put(rest.substring(0, slash), true);
            }
        }
        List<LocalTrial> trials = new ArrayList<>();
        for (String name : specs.keySet()) {
            TrialPaths paths = paths(name);
            TrialSpecFile spec = TrialSpecFile.parse(store.get(paths.spec()), paths.spec() + " in " + store.describe());
            LocalTrial trial = new LocalTrial(name, spec.index(), spec.parameters(), TrialPhase.Pending);
            refreshCurve(trial);
            Optional<TrialResult> result = new TrialOutput(store, paths).result();
            if (result.isPresent()) {
                settle(trial, result.get());
            } else if (store.exists(paths.status())) {
                TrialStatus status = TrialStatusFile.read(store, paths);
                trial.phase = status.phase() == io.parzen.operator.store.TrialPhase.RUNNING
                        || status.phase() == io.parzen.operator.store.TrialPhase.UNKNOWN
                        ? TrialPhase.Pending : TrialPhase.valueOf(status.phase().display());
                trial.message = status.message();
            }
            trials.add(trial);
        }
        return trials;
    }

    void writeSpec(LocalTrial trial) throws IOException {
        store.put(paths(trial.name).spec(), new TrialSpecFile(trial.index, trial.parameters).toJson(), "application/json");
    }

    /** Writes the status.json of a trial that ended EarlyStopped or Failed (as the Trial controller does). */
    void writeStatus(LocalTrial trial) throws IOException {
        Optional<TrialStatus> status = TrialStatus.ended(trial.phase, trial.message, trial.latestEpoch());
        if (status.isPresent()) {
            TrialStatusFile.write(store, paths(trial.name), status.get());
        }
    }

    /**
     * Reads the objective per epoch, and the planned epoch count, from metrics.jsonl (a cut-off last
     * line is ignored), as the Trial controller does on a cluster.
     */
    void refreshCurve(LocalTrial trial) throws IOException {
        List<MetricsLine> lines;
        try {
            lines = new TrialOutput(store, paths(trial.name)).metrics();
        } catch (IOException e) {
            return; // not written yet, or mid-rewrite: the next tick reads it
        }
        for (MetricsLine line : lines) {
            double value = line.metric(metric).orElse(Double.NaN);
            if (Double.isFinite(value)) {
                trial.curve.put(line.epoch(), value);
            }
        }
        trial.plannedEpochs = MetricsLine.plannedEpochs(lines);
        if (!trial.curve.isEmpty() && trial.phase != TrialPhase.Succeeded) {
            trial.objective = trial.curve.lastEntry().getValue();
        }
    }

    /** The trial's result, if its trainer committed one. */
    Optional<TrialResult> result(LocalTrial trial) throws IOException {
        return new TrialOutput(store, paths(trial.name)).result();
    }

    static void settle(LocalTrial trial, TrialResult result) {
        if (ResultRule.succeeded(result)) {
            trial.phase = TrialPhase.Succeeded;
            trial.objective = result.objective();
        } else {
            trial.phase = TrialPhase.Failed;
            trial.message = ResultRule.failedMessage(result);
        }
    }
}
