package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.StudyStatus;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.api.TrialStatus;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StatusBuildersTest {
    private final StudyConfig config = StudyValidator.validate(Fixtures.study("valid.yaml").getSpec()).config();

    @Test
    void conditionKeepsItsTransitionTimeWhileItsStatusHolds() {
        List<Condition> c = Conditions.set(null, "Running", true, "A", "m1", 1L, "t1");
        c = Conditions.set(c, "Running", true, "B", "m2", 2L, "t2");
        assertEquals("t1", c.get(0).getLastTransitionTime());
        assertEquals("B", c.get(0).getReason());
        assertEquals(2L, c.get(0).getObservedGeneration());
        c = Conditions.set(c, "Running", false, "C", "m3", 2L, "t3");
        assertEquals("t3", c.get(0).getLastTransitionTime());
        assertEquals(1, c.size());
    }

    @Test
    void studyStatusCountsBestAndConditions() {
        Plan running = Planner.plan(config, Trials.parse("S:0.5 S:0.2 F R P"));
        StudyStatus s = StudyStatusBuilder.of(running, 30, 2, null, 3L, "t1");
        assertEquals("Running", s.getPhase());
        assertEquals("3/30", s.getProgress());
        assertEquals(7, s.getTrials());
        assertEquals(3, s.getPending());
        assertEquals("s-1", s.getBestTrial().getName());
        assertEquals(0.2, s.getBestTrial().getObjective());
        assertEquals("True", Conditions.get(s.getConditions(), "Running").getStatus());
        assertEquals(3L, Conditions.get(s.getConditions(), "Ready").getObservedGeneration());

        Plan done = Planner.plan(config, Trials.parse("S:0.5 S:0.04"));
        StudyStatus d = StudyStatusBuilder.of(done, 30, 0, s, 3L, "t2");
        assertEquals("Succeeded", d.getPhase());
        assertEquals("TargetReached", Conditions.get(d.getConditions(), "Succeeded").getReason());
        assertEquals("t1", Conditions.get(d.getConditions(), "Ready").getLastTransitionTime());
        assertEquals(4, d.getConditions().size());

        StudyStatus bad = StudyStatusBuilder.invalid(List.of("spec.maxTrials = 0 must be at least 1"), d, 4L, "t3");
        assertEquals("Failed", bad.getPhase());
        Condition ready = Conditions.get(bad.getConditions(), "Ready");
        assertEquals("InvalidSpec", ready.getReason());
        assertEquals("spec.maxTrials = 0 must be at least 1", ready.getMessage());
        assertEquals("s-1", bad.getBestTrial().getName(), "what was found stays visible");
    }

    @Test
    void aReconcileErrorIsAConditionWithTheMessageAndAttemptUntilAReconcileSucceeds() {
        StudyStatus s = StudyStatusBuilder.of(Planner.plan(config, Trials.parse("S:0.5 R")), 30, 0, null, 3L, "t1");
        StudyStatus e = StudyStatusBuilder.reconcileError(s, "Failure executing: POST trials. Message: Forbidden.",
                "KubernetesClientException", 2, false, 3L, "t2");
        Condition error = Conditions.get(e.getConditions(), StudyStatusBuilder.RECONCILE_ERROR);
        assertEquals("True", error.getStatus());
        assertEquals("ReconcileFailed", error.getReason());
        assertEquals("reconcile failed (attempt 2, will retry): Failure executing: POST trials. Message: Forbidden.",
                error.getMessage());
        assertEquals("t2", error.getLastTransitionTime());
        assertEquals(5, e.getConditions().size());
        assertEquals(s.getProgress(), e.getProgress(), "the rest of the status is kept");
        assertEquals("s-0", e.getBestTrial().getName());
        assertEquals(4, s.getConditions().size(), "the previous status is not changed");

        StudyStatus last = StudyStatusBuilder.reconcileError(e, null, "NullPointerException", 6, true, 3L, "t3");
        assertEquals("reconcile failed (attempt 6, no more retries): NullPointerException",
                Conditions.get(last.getConditions(), StudyStatusBuilder.RECONCILE_ERROR).getMessage());
        String longMessage = "x".repeat(5000);
        String cut = Conditions.get(StudyStatusBuilder.reconcileError(null, longMessage, "E", 1, false, 1L, "t")
                .getConditions(), StudyStatusBuilder.RECONCILE_ERROR).getMessage();
        assertTrue(cut.endsWith("...") && cut.length() < 1100, cut.length() + " characters");

        StudyStatus ok = StudyStatusBuilder.of(Planner.plan(config, Trials.parse("S:0.5 R")), 30, 0, last, 3L, "t4");
        assertNull(Conditions.get(ok.getConditions(), StudyStatusBuilder.RECONCILE_ERROR), "a good reconcile clears it");
        assertEquals(4, ok.getConditions().size());
        StudyStatus invalid = StudyStatusBuilder.invalid(List.of("bad"), last, 4L, "t5");
        assertNull(Conditions.get(invalid.getConditions(), StudyStatusBuilder.RECONCILE_ERROR));
    }

    @Test
    void theReportStaysInTheStatusOnceWritten() {
        StudyStatus s = StudyStatusBuilder.of(Planner.plan(config, Trials.parse("S:0.5 S:0.04")), 30, 0, null, 3L, "t1");
        s.setReportUrl("s3://parzen/studies/s/report/index.html");
        s.setReportGeneration(3L);
        StudyStatus next = StudyStatusBuilder.of(Planner.plan(config, Trials.parse("S:0.5 S:0.04")), 30, 0, s, 3L, "t2");
        assertEquals("s3://parzen/studies/s/report/index.html", next.getReportUrl());
        assertEquals(3L, next.getReportGeneration());
        assertTrue(StatusWrite.unchanged(s, next), "a reconcile after the report is written writes nothing");
        StudyStatus bad = StudyStatusBuilder.invalid(List.of("bad"), s, 4L, "t3");
        assertEquals("s3://parzen/studies/s/report/index.html", bad.getReportUrl());
    }

    @Test
    void trialStatusStampsStartAndCompletion() {
        TrialOutcome run = new TrialOutcome(TrialPhase.Running, "Running", "", OptionalDouble.of(0.4), OptionalInt.of(2),
                OptionalInt.empty(), Map.of(1, 0.5, 2, 0.4));
        TrialStatus r = TrialStatusBuilder.of(run, Map.of("lr", "0.1"), "s-0001", null, 1L, "t1");
        assertEquals("t1", r.getStartedAt());
        assertNull(r.getCompletedAt());
        assertEquals("lr=0.1", r.getParamsSummary());
        assertEquals(2, r.getCurve().size());
        TrialOutcome ok = new TrialOutcome(TrialPhase.Succeeded, "ResultWritten", "valLoss 0.3", OptionalDouble.of(0.3),
                OptionalInt.of(3), OptionalInt.empty(), Map.of(1, 0.5, 2, 0.4, 3, 0.3));
        TrialStatus s = TrialStatusBuilder.of(ok, Map.of("lr", "0.1"), "s-0001", r, 1L, "t2");
        assertEquals("t1", s.getStartedAt());
        assertEquals("t2", s.getCompletedAt());
        assertEquals("True", Conditions.get(s.getConditions(), "Completed").getStatus());
    }

    @Test
    void newTrialIsNamedLabelledAndOwnedByItsStudy() {
        Study study = Fixtures.study("valid.yaml");
        study.getMetadata().setUid("study-uid");
        Trial t = TrialResources.newTrial(study, 12, Map.of("lr", "0.01"));
        assertEquals("seg-0012", t.getMetadata().getName());
        assertEquals("ml", t.getMetadata().getNamespace());
        assertEquals(Map.of("parzen.io/study", "seg"), t.getMetadata().getLabels());
        var owner = t.getMetadata().getOwnerReferences().get(0);
        assertEquals("Study", owner.getKind());
        assertEquals("study-uid", owner.getUid());
        assertTrue(owner.getController() && owner.getBlockOwnerDeletion());
        assertEquals(12, t.getSpec().getIndex());
    }
}
