package io.parzen.operator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.Plan;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local runner end to end, with real processes and the embedded S3 server, and {@link FakeTrainer}
 * in place of the DL4J trainer (same environment, same output contract, a known loss).
 */
class LocalRunnerIT {
    private static final String STUDY = """
            apiVersion: parzen.io/v1alpha1
            kind: Study
            metadata: {name: local-it}
            spec:
              objective: {metric: valLoss, goal: minimize}
              algorithm: {name: tpe, seed: 3, startupTrials: 3}
              parameters:
                - {name: x, distribution: uniform, low: 0, high: 10}
              maxTrials: %d
              parallelism: 2
              maxFailedTrials: 20
              trialTemplate:
                image: unused
                args: [train, --epochs, "3", --x, "${param.x}", --trial, "${trial.name}"]
              storage: {endpoint: "http://minio:9000", bucket: parzen, credentialsSecret: s3}
            """;

    @TempDir
    Path dir;

    private StudyConfig config(int maxTrials) {
        Study study = Serialization.unmarshal(STUDY.formatted(maxTrials), Study.class);
        StudyValidator.Result result = StudyValidator.validate(study.getSpec());
        assertTrue(result.valid(), result.problems().toString());
        return result.config();
    }

    /** Runs the study; returns the plan and the largest number of trainers seen alive at once. */
    private Object[] run(LocalStore store, int maxTrials) throws Exception {
        StudyConfig config = config(maxTrials);
        AtomicInteger mostAlive = new AtomicInteger();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        PlainDisplay plain = new PlainDisplay(new PrintStream(lines, true, StandardCharsets.UTF_8), "valLoss");
        Display display = new Display() {
            @Override
            public void started(LocalTrial trial) {
                plain.started(trial);
            }

            @Override
            public void finished(LocalTrial trial) {
                plain.finished(trial);
            }

            @Override
            public void progress(List<LocalTrial> trials, int max) {
                mostAlive.accumulateAndGet((int) trials.stream().filter(t -> t.process != null).count(), Math::max);
                plain.progress(trials, max);
            }

            @Override
            public void message(String line) {
                plain.message(line);
            }

            @Override
            public void close() {
                plain.close();
            }
        };
        List<String> launcher = List.of(TrainerCommand.javaBinary(), "-cp", System.getProperty("java.class.path"),
                FakeTrainer.class.getName());
        TrainerCommand trainer = new TrainerCommand(launcher, store.trainerEnv(), store.bucketRoot(), 1);
        if (!Datasets.present(store.store(), "synthetic")) {
            Datasets.synthesize(launcher, store.trainerEnv(), store.bucketRoot(), "synthetic", 2, 64, dir.resolve("dataset.log"));
        }
        LocalRunner runner = new LocalRunner("local-it", config, new StoreTrials(store.store(), "local-it", "valLoss"),
                trainer, dir.resolve("logs"), display, 50);
        Plan plan = runner.run();
        return new Object[] {plan, mostAlive.get(), runner.trials(), lines.toString(StandardCharsets.UTF_8)};
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStudyRunsToItsBudgetResumesWhenRaisedAndRerunsInterruptedTrials() throws Exception {
        try (LocalStore store = LocalStore.embedded(dir.resolve("store"), "parzen")) {
            ObjectStore s3 = store.store();
            assertFalse(Datasets.present(s3, "synthetic"));
            Object[] first = run(store, 8);
            Plan plan = (Plan) first[0];
            List<LocalTrial> trials = (List<LocalTrial>) first[2];
            assertTrue(plan.done());
            assertEquals(8, trials.size());
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), trials.stream().map(t -> t.index).toList());
            assertTrue((int) first[1] <= 2, "parallelism 2 was exceeded: " + first[1]);
            assertTrue(Datasets.present(s3, "synthetic"), "the missing dataset was written");
            for (LocalTrial t : trials) {
                double x = Double.parseDouble(t.parameters.get("x"));
                if (x > 8) {
                    assertEquals(TrialPhase.Failed, t.phase, t.name);
                    assertTrue(t.message.contains("code 3") && t.message.contains("OutOfMemoryError"), t.message);
                    assertTrue(s3.exists(ObjectLayout.trial("local-it", t.name).status()), "failure noted for " + t.name);
                } else {
                    assertEquals(TrialPhase.Succeeded, t.phase, t.name);
                    assertEquals((x - 3) * (x - 3) + 1.0 / 3, t.objective, 1e-9, t.name);
                }
            }
            LocalTrial best = trials.stream().filter(t -> t.phase == TrialPhase.Succeeded)
                    .min((a, b) -> Double.compare(a.objective, b.objective)).orElseThrow();
            assertEquals(best.name, plan.best().orElseThrow().name());

            // Raising the budget resumes: earlier trials are kept byte for byte, new indices follow.
            byte[] firstResult = s3.get(ObjectLayout.trial("local-it", "local-it-0000").result());
            Object[] second = run(store, 10);
            List<LocalTrial> more = (List<LocalTrial>) second[2];
            assertEquals(10, more.size());
            assertEquals(9, more.get(more.size() - 1).index);
            assertEquals(new String(firstResult, StandardCharsets.UTF_8),
                    new String(s3.get(ObjectLayout.trial("local-it", "local-it-0000").result()), StandardCharsets.UTF_8));
            assertTrue(((String) second[3]).startsWith("resuming local-it: 8 finished trial(s) kept"), (String) second[3]);

            // An interrupted trial (spec written, no result, no status) starts again with its parameters.
            String interrupted = "local-it-0004";
            Map<String, String> before = more.get(4).parameters;
            s3.delete(ObjectLayout.trial("local-it", interrupted).result());
            s3.delete(ObjectLayout.trial("local-it", interrupted).status());
            Object[] third = run(store, 10);
            LocalTrial rerun = ((List<LocalTrial>) third[2]).get(4);
            assertEquals(before, rerun.parameters);
            assertFalse(rerun.active());
            assertTrue(((String) third[3]).contains("started   " + interrupted), (String) third[3]);
            assertEquals(10, ((List<LocalTrial>) third[2]).size());
        }
    }
}
