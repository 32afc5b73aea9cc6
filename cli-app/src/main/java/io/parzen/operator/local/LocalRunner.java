package io.parzen.operator.local;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.Plan;
import io.parzen.operator.planning.Planner;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.Suggester;
import io.parzen.operator.planning.TrialNames;
import io.parzen.operator.planning.TrialView;
import io.parzen.storage.TrialResult;
import io.parzen.storage.TransientErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a study on this machine with the operator's own planner and TPE: each tick it reads what
 * the trials wrote, asks the planner what to start, stop or finish, and runs each trial as a
 * separate trainer process. Everything it decides is written to the store first (trial.json,
 * status.json), so running it again resumes the study: finished trials are kept, interrupted ones
 * start again with the same parameters, and new suggestions continue from the same history.
 */
public final class LocalRunner {
    private static final long STOP_GRACE_MILLIS = 5_000;

    private final String study;
    private final StudyConfig config;
    private final StoreTrials store;
    private final TrainerCommand trainer;
    private final Path logs;
    private final Display display;
    private final long tickMillis;
    private final List<LocalTrial> trials = new ArrayList<>();
    private volatile boolean stopping;

    public LocalRunner(String study, StudyConfig config, StoreTrials store, TrainerCommand trainer, Path logs, Display display,
                long tickMillis) {
        this.study = study;
        this.config = config;
        this.store = store;
        this.trainer = trainer;
        this.logs = logs;
        this.display = display;
        this.tickMillis = tickMillis;
    }

    /** Runs until the planner says the study is done (or {@link #stop} is called); returns the final plan. */
    public Plan run() throws IOException, InterruptedException {
        trials.addAll(store.load());
        long resumed = trials.stream().filter(t -> !t.active()).count();
        if (!trials.isEmpty()) {
            display.message("resuming " + study + ": " + resumed + " finished trial(s) kept, "
                    + (trials.size() - resumed) + " to (re)start");
        }
        while (true) {
            poll();
            Plan plan = Planner.plan(config, views());
            for (Map.Entry<String, String> stop : plan.stop().entrySet()) {
                earlyStop(stop.getKey(), stop.getValue());
            }
            if (stopping) {
                return plan;
            }
            for (LocalTrial t : trials) {
                if (t.phase == TrialPhase.Pending && t.process == null) {
                    launch(t);
                }
            }
            if (!plan.create().isEmpty()) {
                Map<Integer, Map<String, String>> suggested = Suggester.suggest(config, views(), plan.create());
                for (Map.Entry<Integer, Map<String, String>> e : suggested.entrySet()) {
                    LocalTrial t = new LocalTrial(TrialNames.trial(study, e.getKey()), e.getKey(), e.getValue(), TrialPhase.Pending);
                    store.writeSpec(t);
                    trials.add(t);
                    launch(t);
                }
                trials.sort(Comparator.comparingInt(t -> t.index));
            }
            display.progress(List.copyOf(trials), config.maxTrials());
            if (plan.done()) {
                return plan;
            }
            Thread.sleep(tickMillis);
        }
    }

    /** Stops every running trainer (they write no result, so a rerun starts them again). */
    public void stop() {
        stopping = true;
        for (LocalTrial t : List.copyOf(trials)) {
            TrialProcess p = t.process;
            if (p != null) {
                p.stop(STOP_GRACE_MILLIS);
            }
        }
    }

    List<LocalTrial> trials() {
        return List.copyOf(trials);
    }

    private List<TrialView> views() {
        return trials.stream().map(LocalTrial::view).toList();
    }

    private void launch(LocalTrial t) throws IOException {
        var template = config.template();
        t.process = TrialProcess.start(trainer.command(template, study, t.name, t.parameters),
                trainer.env(template, study, t.name, t.parameters), logs.resolve(t.name + ".log"));
        t.phase = TrialPhase.Running;
        t.curve.clear();
        t.plannedEpochs = OptionalInt.empty();
        t.objective = Double.NaN;
        display.started(t);
    }

    /** Reads progress of running trials and settles the ones whose process ended. */
    private void poll() throws IOException {
        for (LocalTrial t : trials) {
            if (t.process == null) {
                continue;
            }
            store.refreshCurve(t);
            if (t.process.alive() || stopping) {
                continue;
            }
            int code = t.process.exitCode();
            Optional<TrialResult> result;
            try {
                result = store.result(t);
            } catch (IOException e) {
                if (!TransientErrors.isTransient(e)) {
                    throw e;
                }
                // The store is away, not the result: read it again on the next tick.
                display.message("cannot reach the store for " + t.name + "'s result, retrying: " + e.getMessage());
                continue;
            }
            if (result.isPresent()) {
                StoreTrials.settle(t, result.get());
            } else {
                t.phase = TrialPhase.Failed;
                t.message = "trainer exited with code " + code + " and wrote no result: " + t.process.reason();
                store.writeStatus(t);
            }
            t.process = null;
            display.finished(t);
        }
    }

    private void earlyStop(String name, String reason) throws IOException {
        for (LocalTrial t : trials) {
            if (t.name.equals(name) && t.process != null) {
                t.process.stop(STOP_GRACE_MILLIS);
                t.process = null;
                t.phase = TrialPhase.EarlyStopped;
                t.message = reason;
                store.writeStatus(t);
                display.finished(t);
            }
        }
    }
}
