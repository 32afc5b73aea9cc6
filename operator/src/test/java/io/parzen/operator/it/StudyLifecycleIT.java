package io.parzen.operator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.parzen.operator.ParzenOperator;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.TrialNames;
import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.store.TrialRecord;
import io.parzen.operator.store.TrialStatus;
import io.parzen.operator.store.TrialStatusFile;
import io.parzen.storage.ObjectLayout;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A study from start to end on the mock API server, with S3 and the Job-controller double. */
class StudyLifecycleIT {
    private static Harness h;

    @BeforeAll
    static void start() throws Exception {
        h = new Harness();
    }

    @AfterAll
    static void stop() throws Exception {
        h.close();
    }

    /** A smooth objective with its minimum at lr = 10^-2.5, x = 0.3; three epochs approach it. */
    static TrialScript smooth(Map<String, String> p, long epochMillis) {
        double f = Math.pow(Math.log10(Double.parseDouble(p.get("lr"))) + 2.5, 2) / 4
                + Math.pow(Double.parseDouble(p.get("x")) - 0.3, 2);
        return TrialScript.succeed(epochMillis, f + 0.2, f + 0.1, f);
    }

    @Test
    void thirtyTrialsWithParallelismFourFinishWithTheRightBestAndResumeWhenRaised() throws Exception {
        String ns = "p4";
        h.secret(ns);
        AtomicInteger maxActive = new AtomicInteger();
        Map<String, Boolean> active = new ConcurrentHashMap<>();
        Watch watch = h.client.resources(Trial.class).inNamespace(ns).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Trial t) {
                active.put(t.getMetadata().getName(), !TrialPhase.of(t.getStatus()).finished());
                maxActive.accumulateAndGet((int) active.values().stream().filter(b -> b).count(), Math::max);
            }

            @Override
            public void onClose(WatcherException e) {}
        });
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store, (n, p) -> smooth(p, 15));
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "s")).create();
            awaitPhase(ns, "s", "Succeeded", Duration.ofSeconds(90));

            List<Trial> trials = h.trials(ns);
            assertEquals(30, trials.size());
            for (int i = 0; i < 30; i++) {
                Trial t = trials.get(i);
                assertEquals(TrialNames.trial("s", i), t.getMetadata().getName());
                assertEquals("Succeeded", t.getStatus().getPhase(), t.getMetadata().getName());
                assertEquals(jobs.results.get(t.getMetadata().getName()), t.getStatus().getObjective());
                assertEquals(3, t.getStatus().getEpoch());
                assertTrue(t.getStatus().getParamsSummary().startsWith("lr="), t.getStatus().getParamsSummary());
            }
            Trial best = trials.stream().min(Comparator.comparingDouble(t -> t.getStatus().getObjective())).orElseThrow();
            Study study = h.get(ns, "s");
            assertEquals(best.getMetadata().getName(), study.getStatus().getBestTrial().getName());
            assertEquals(best.getSpec().getParameters(), study.getStatus().getBestTrial().getParameters());
            assertEquals("30/30", study.getStatus().getProgress());
            assertEquals(30, study.getStatus().getSucceeded());
            assertEquals("MaxTrialsReached", condition(study, "Succeeded").getReason());
            assertEquals(study.getMetadata().getGeneration(), condition(study, "Succeeded").getObservedGeneration());
            assertEquals(30, jobs.jobsSeen());
            assertTrue(jobs.maxRunning() <= 4, "jobs running at once: " + jobs.maxRunning());
            // A completed Job frees its slot while its trial's result is still being read, so for a
            // moment a trial's status may still say Running beside its replacement: at most twice.
            assertTrue(maxActive.get() <= 8 && maxActive.get() >= 2, "trials active at once: " + maxActive.get());
            assertEquals(4, study.getStatus().getConditions().size(), "conditions must not pile up");

            h.client.resources(Study.class).inNamespace(ns).withName("s").edit(s -> {
                s.getSpec().setMaxTrials(32);
                return s;
            });
            Harness.await(Duration.ofSeconds(30), () -> h.trials(ns).size() == 32
                    && "32/32".equals(h.get(ns, "s").getStatus().getProgress())
                    && "Succeeded".equals(h.get(ns, "s").getStatus().getPhase()), () -> "resume to 32 trials");
        } finally {
            watch.close();
        }
    }

    /** Median (3 finished trials, from epoch 2): the last trial is worse than the others' median. */
    @Test
    void medianRuleStopsABadTrialAndDeletesItsJob() throws Exception {
        Trial bad = stopsTheLastTrial("es", "e", "{minTrials: 3, startEpoch: 2}", "stopped by median at epoch ");
        assertTrue(bad.getStatus().getEpoch() >= 2, "stopped at " + bad.getStatus().getEpoch());
    }

    /** ASHA (r 1, eta 3): the last trial is the worst of the 4 at rung 0 (epoch 1), and at rung 1 (epoch 3). */
    @Test
    void ashaStopsATrialOutsideTheBestOfItsRung() throws Exception {
        stopsTheLastTrial("asha", "a", "{rule: asha, minEpochs: 1, reductionFactor: 3}", "stopped by asha at rung ");
    }

    /**
     * Runs 4 trials one at a time, three good and quick, the last bad and slow, under the early-stopping
     * block {@code rule}; checks that the last one is stopped before its 10 epochs with the rule's
     * reason as its message, and its Job deleted.
     */
    private Trial stopsTheLastTrial(String ns, String study, String rule, String messageStart) throws Exception {
        h.secret(ns);
        String last = study + "-0003";
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store,
                (n, p) -> n.equals(last)
                        ? TrialScript.succeed(150, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9)
                        : TrialScript.succeed(10, 0.5, 0.4, 0.3));
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, study, "/spec/maxTrials", "4", "/spec/parallelism", "1",
                    "/spec/earlyStopping", rule)).create();
            awaitPhase(ns, study, "Succeeded", Duration.ofSeconds(30));
            Trial bad = h.client.resources(Trial.class).inNamespace(ns).withName(last).get();
            assertEquals("EarlyStopped", bad.getStatus().getPhase(), () -> io.fabric8.kubernetes.client.utils.Serialization.asYaml(h.trials(ns)));
            assertEquals(0.9, bad.getStatus().getObjective());
            assertTrue(bad.getStatus().getEpoch() < 10, "stopped at " + bad.getStatus().getEpoch());
            assertEquals(10, bad.getStatus().getPlannedEpochs(), "the trainer's planned count, from its metrics lines");
            assertTrue(bad.getSpec().getEarlyStop());
            assertTrue(bad.getStatus().getMessage().startsWith(messageStart), bad.getStatus().getMessage());
            assertEquals(bad.getSpec().getEarlyStopReason(), bad.getStatus().getMessage());
            Harness.await(Duration.ofSeconds(5),
                    () -> h.client.batch().v1().jobs().inNamespace(ns).withName(last).get() == null, () -> "Job deleted");
            assertNull(jobs.results.get(last));
            assertEquals(1, h.get(ns, study).getStatus().getEarlyStopped());
            // The store tells the same story, as after parzen local: status.json, read by parzen trials.
            TrialStatus stored = TrialStatusFile.read(h.store, ObjectLayout.trial(study, last));
            assertEquals(io.parzen.operator.store.TrialPhase.EARLY_STOPPED, stored.phase());
            assertEquals(bad.getStatus().getEpoch(), stored.epoch());
            assertEquals(bad.getStatus().getMessage(), stored.message());
            StudyModel read = new StudyReader(h.store).read(study, false);
            assertEquals(io.parzen.operator.store.TrialPhase.EARLY_STOPPED, read.trial(last).orElseThrow().phase());
            String first = study + "-0000";
            assertEquals(io.parzen.operator.store.TrialPhase.SUCCEEDED, read.trial(first).orElseThrow().phase());
            assertFalse(h.store.exists(ObjectLayout.trial(study, first).status()), "a succeeded trial has result.json only");
            // The finished study's report, as parzen report writes it, recorded in its status.
            Harness.await(Duration.ofSeconds(30), () -> h.get(ns, study).getStatus().getReportUrl() != null,
                    () -> "the report in the status");
            Study finished = h.get(ns, study);
            assertEquals("s3://parzen/studies/" + study + "/report/index.html", finished.getStatus().getReportUrl());
            assertEquals(finished.getMetadata().getGeneration(), finished.getStatus().getReportGeneration());
            String page = new String(h.store.get(ObjectLayout.study(study).reportIndex()), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.contains(last) && page.contains("EarlyStopped"), "the report shows the stopped trial");
            assertTrue(h.store.list(ObjectLayout.study(study).reportPrefix()).stream().anyMatch(k -> k.endsWith(".png")));
            assertTrue(h.client.v1().events().inNamespace(ns).list().getItems().stream()
                    .anyMatch(ev -> "ReportWritten".equals(ev.getReason())), "a ReportWritten event");
            assertEquals("Succeeded", finished.getStatus().getPhase());
            return bad;
        }
    }

    @Test
    void failuresUpToMaxFailedTrialsAreToleratedAndOneMoreFailsTheStudy() throws Exception {
        String ns = "fl";
        h.secret(ns);
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store, (n, p) -> switch (n) {
                    case "f-0001", "f-0003" -> new TrialScript(List.of(0.5), 10, TrialScript.Ending.FAIL_JOB);
                    case "f-0002" -> new TrialScript(List.of(0.5, 0.4), 10, TrialScript.Ending.NO_RESULT);
                    default -> TrialScript.succeed(10, 0.5);
                });
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "f", "/spec/maxTrials", "10", "/spec/parallelism", "1",
                    "/spec/maxFailedTrials", "2")).create();
            awaitPhase(ns, "f", "Failed", Duration.ofSeconds(30));
            List<Trial> trials = h.trials(ns);
            assertEquals(4, trials.size(), "two failures tolerated, the third ends the study");
            assertEquals("BackoffLimitExceeded", trials.get(1).getStatus().getReason());
            assertEquals("NoResult", trials.get(2).getStatus().getReason());
            assertTrue(trials.get(2).getStatus().getMessage().contains("trainer wrote no result"));
            assertEquals(2, trials.get(2).getStatus().getEpoch());
            Study study = h.get(ns, "f");
            assertEquals("TooManyFailures", condition(study, "Failed").getReason());
            assertEquals(3, study.getStatus().getFailed());
            // What parzen trials reads: the failed trials are Failed in the store too, with the Trial's message.
            StudyModel read = new StudyReader(h.store).read("f", false);
            for (int i : new int[] {1, 2, 3}) {
                Trial t = trials.get(i);
                TrialRecord r = read.trial(t.getMetadata().getName()).orElseThrow();
                assertEquals(io.parzen.operator.store.TrialPhase.FAILED, r.phase(), t.getMetadata().getName());
                assertEquals(t.getStatus().getMessage(), r.message().orElseThrow());
            }
            assertEquals(2, TrialStatusFile.read(h.store, ObjectLayout.trial("f", "f-0002")).epoch());
            assertEquals(io.parzen.operator.store.TrialPhase.SUCCEEDED, read.trial("f-0000").orElseThrow().phase());
        }
    }

    @Test
    void invalidStudyGetsInvalidSpecAndNoTrialsAndAMissingSecretRecovers() throws Exception {
        String ns = "inv";
        try (ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "bad", "/spec/trialTemplate/args/1", "'${param.nope}'")).create();
            h.client.resource(h.study(ns, "nosecret")).create();
            h.client.resource(h.study(ns, "badopt", "/spec/trialTemplate/args", "[train, --frobnicate]")).create();
            awaitPhase(ns, "bad", "Failed", Duration.ofSeconds(10));
            Condition ready = condition(h.get(ns, "bad"), "Ready");
            assertEquals("InvalidSpec", ready.getReason());
            assertTrue(ready.getMessage().contains("spec.trialTemplate.args[1] = '${param.nope}'"), ready.getMessage());
            // the trainer's options, checked without running it, in the trainer's words
            awaitPhase(ns, "badopt", "Failed", Duration.ofSeconds(10));
            Condition options = condition(h.get(ns, "badopt"), "Ready");
            assertEquals("InvalidSpec", options.getReason());
            assertTrue(options.getMessage().contains("parzen train: Unknown option: '--frobnicate'"), options.getMessage());
            awaitPhase(ns, "nosecret", "Failed", Duration.ofSeconds(10));
            assertTrue(condition(h.get(ns, "nosecret"), "Ready").getMessage().contains("'s3-creds': Secret not found"));
            Harness.await(Duration.ofSeconds(5), () -> h.client.v1().events().inNamespace(ns).list().getItems().stream()
                    .anyMatch(e -> "InvalidSpec".equals(e.getReason())), () -> "an InvalidSpec event");
            Thread.sleep(300);
            assertEquals(List.of(), h.trials(ns));

            h.secret(ns);
            Harness.await(Duration.ofSeconds(20), () -> !h.trials(ns).isEmpty(), () -> "trials once the Secret exists");
            assertTrue(h.trials(ns).stream().allMatch(t -> t.getSpec().getStudy().equals("nosecret")));
        }
    }

    @Test
    void unschedulablePodSurfacesTheSchedulersReasonThenRuns() throws Exception {
        String ns = "un";
        h.secret(ns);
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store,
                (n, p) -> new TrialScript(List.of(0.4, 0.3), 10, TrialScript.Ending.SUCCEED, 1500));
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "u", "/spec/maxTrials", "1", "/spec/parallelism", "1")).create();
            Harness.await(Duration.ofSeconds(10), () -> {
                Trial t = h.client.resources(Trial.class).inNamespace(ns).withName("u-0000").get();
                return t != null && t.getStatus() != null && "Unschedulable".equals(t.getStatus().getReason());
            }, () -> "trial pending as unschedulable");
            Trial pending = h.client.resources(Trial.class).inNamespace(ns).withName("u-0000").get();
            assertEquals("Pending", pending.getStatus().getPhase());
            assertTrue(pending.getStatus().getMessage().contains("Insufficient nvidia.com/gpu"), pending.getStatus().getMessage());
            awaitPhase(ns, "u", "Succeeded", Duration.ofSeconds(15));
            assertEquals(0.3, h.client.resources(Trial.class).inNamespace(ns).withName("u-0000").get().getStatus().getObjective());
        }
    }

    @Test
    void aDeletedStudyGoesOnceTheOperatorHasForgottenIt() throws Exception {
        String ns = "del";
        h.secret(ns);
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store, (n, p) -> TrialScript.succeed(10, 0.5));
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "d", "/spec/maxTrials", "1")).create();
            awaitPhase(ns, "d", "Succeeded", Duration.ofSeconds(15));
            // JOSDK adds its finalizer because the Study controller is a Cleaner ...
            assertEquals(List.of("studies.parzen.io/finalizer"), h.get(ns, "d").getMetadata().getFinalizers());
            h.client.resources(Study.class).inNamespace(ns).withName("d").delete();
            // ... and removes it once cleanup ran: the Study is gone (its Trials follow by owner reference).
            Harness.await(Duration.ofSeconds(10), () -> h.get(ns, "d") == null, () -> "study d deleted");
        }
    }

    @Test
    void aStoreThatRefusesTheReportGivesAnEventTheStudyStillSucceedsAndTheReportComesOnceTheStoreTakesIt()
            throws Exception {
        String ns = "rep";
        h.secret(ns);
        // An object where the report's folder would be: the embedded server's file system cannot
        // then hold studies/r/report/index.html, so every write of the report fails.
        h.store.put(ObjectLayout.study("r").reportPrefix().replaceAll("/$", ""), new byte[] {1}, "application/octet-stream");
        try (JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store, (n, p) -> TrialScript.succeed(10, 0.5));
                ParzenOperator op = h.operator(ns)) {
            h.client.resource(h.study(ns, "r", "/spec/maxTrials", "2", "/spec/parallelism", "2")).create();
            awaitPhase(ns, "r", "Succeeded", Duration.ofSeconds(15));
            Harness.await(Duration.ofSeconds(60), () -> h.client.v1().events().inNamespace(ns).list().getItems().stream()
                    .anyMatch(e -> "ReportFailed".equals(e.getReason())), () -> "a ReportFailed event");
            var event = h.client.v1().events().inNamespace(ns).list().getItems().stream()
                    .filter(e -> "ReportFailed".equals(e.getReason())).findFirst().orElseThrow();
            assertEquals("Warning", event.getType());
            assertEquals("r", event.getInvolvedObject().getName());
            assertTrue(event.getMessage().startsWith("cannot write the study's report: "), event.getMessage());
            Study study = h.get(ns, "r");
            assertEquals("Succeeded", study.getStatus().getPhase(), "the study keeps its phase");
            assertNull(study.getStatus().getReportUrl());
            assertEquals(2, study.getStatus().getSucceeded());

            // The store takes it now: the operator's retry (30 s after the first failure) writes it.
            h.store.delete(ObjectLayout.study("r").reportPrefix().replaceAll("/$", ""));
            Harness.await(Duration.ofSeconds(90), () -> h.get(ns, "r").getStatus().getReportUrl() != null,
                    () -> "the report after the retry");
            assertEquals("s3://parzen/studies/r/report/index.html", h.get(ns, "r").getStatus().getReportUrl());
            assertTrue(h.store.list(ObjectLayout.study("r").reportPrefix()).stream().anyMatch(k -> k.endsWith("index.html")));
        }
    }

    static void awaitPhase(String ns, String name, String phase, Duration timeout) {
        Harness.await(timeout, () -> {
            Study s = h.get(ns, name);
            return s != null && s.getStatus() != null && phase.equals(s.getStatus().getPhase());
        }, () -> "study " + name + " " + phase + "; status " + io.fabric8.kubernetes.client.utils.Serialization.asJson(h.get(ns, name).getStatus()));
    }

    static Condition condition(Study s, String type) {
        return s.getStatus().getConditions().stream().filter(c -> c.getType().equals(type)).findFirst().orElseThrow();
    }

    static Set<String> names(List<Trial> trials) {
        return Set.copyOf(trials.stream().map(t -> t.getMetadata().getName()).toList());
    }
}
