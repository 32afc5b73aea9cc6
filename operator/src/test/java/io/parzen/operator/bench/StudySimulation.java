package io.parzen.operator.bench;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.Plan;
import io.parzen.operator.planning.Planner;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.planning.Suggester;
import io.parzen.operator.planning.TrialView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One study on {@link LearningCurves}, in simulated time, through the operator's own planner and
 * suggester (the code a cluster and {@code parzen local} run): each step every running trial reports
 * one more epoch, then the planner stops trials and fills free slots. A trial that reports its last
 * epoch succeeds with its best loss (as the trainer's result.json); a stopped one keeps its best loss
 * so far (as the Trial controller records it).
 */
final class StudySimulation {
    /** What one study spent and found. */
    record Outcome(int epochs, double best, double bestTrue, int stopped) {}

    private static final String STUDY = """
            apiVersion: parzen.io/v1alpha1
            kind: Study
            metadata: {name: bench}
            spec:
              objective: {metric: valLoss, goal: minimize}
              algorithm: {name: tpe, seed: %d}
              parameters:
                - {name: lr, distribution: loguniform, low: 1.0e-4, high: 1.0e-1}
                - {name: dropout, distribution: uniform, low: 0, high: 0.8}
              maxTrials: %d
              parallelism: %d
              %s
              trialTemplate: {image: unused}
              storage: {endpoint: "http://minio:9000", bucket: parzen, credentialsSecret: s3}
            """;

    private StudySimulation() {}

    /** The config of a study with the early-stopping block {@code earlyStopping} (null: none). */
    static StudyConfig config(long seed, int maxTrials, int parallelism, String earlyStopping) {
        String block = earlyStopping == null ? "" : "earlyStopping: " + earlyStopping;
        Study study = Serialization.unmarshal(STUDY.formatted(seed, maxTrials, parallelism, block), Study.class);
        StudyValidator.Result r = StudyValidator.validate(study.getSpec());
        if (!r.valid()) {
            throw new IllegalArgumentException(r.problems().toString());
        }
        return r.config();
    }

    /** Runs the study to its end; every trial trains {@code epochs} epochs unless stopped. */
    static Outcome run(StudyConfig config, long seed, int epochs) {
        List<Sim> trials = new ArrayList<>();
        while (true) {
            Plan plan = Planner.plan(config, views(trials));
            for (Sim t : trials) {
                if (plan.stop().containsKey(t.name)) {
                    t.phase = TrialPhase.EarlyStopped;
                }
            }
            if (plan.done()) {
                return outcome(trials, plan);
            }
            Suggester.suggest(config, views(trials), plan.create())
                    .forEach((index, params) -> trials.add(new Sim("bench-" + index, index, params)));
            for (Sim t : trials) {
                if (t.phase == TrialPhase.Running) {
                    int e = t.curve.size() + 1;
                    t.curve.put(e, LearningCurves.loss(t.params, seed, t.index, e));
                    if (e == epochs) {
                        t.phase = TrialPhase.Succeeded;
                    }
                }
            }
        }
    }

    private static Outcome outcome(List<Sim> trials, Plan plan) {
        int spent = trials.stream().mapToInt(t -> t.curve.size()).sum();
        int stopped = (int) trials.stream().filter(t -> t.phase == TrialPhase.EarlyStopped).count();
        TrialView best = plan.best().orElseThrow();
        Sim bestSim = trials.stream().filter(t -> t.name.equals(best.name())).findFirst().orElseThrow();
        return new Outcome(spent, best.objective(), LearningCurves.finalLoss(bestSim.params), stopped);
    }

    private static List<TrialView> views(List<Sim> trials) {
        return trials.stream().map(Sim::view).toList();
    }

    /** One simulated trial. */
    private static final class Sim {
        final String name;
        final int index;
        final Map<String, String> params;
        final TreeMap<Integer, Double> curve = new TreeMap<>();
        TrialPhase phase = TrialPhase.Running;

        Sim(String name, int index, Map<String, String> params) {
            this.name = name;
            this.index = index;
            this.params = params;
        }

        TrialView view() {
            double objective = phase == TrialPhase.Running
                    ? (curve.isEmpty() ? Double.NaN : curve.lastEntry().getValue())
                    : curve.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            return new TrialView(name, index, phase, params, objective, curve, false);
        }
    }
}
