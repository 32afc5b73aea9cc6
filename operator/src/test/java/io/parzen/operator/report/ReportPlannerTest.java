package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.storage.MetricsLine;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout decisions without drawing anything. */
class ReportPlannerTest {
    @ParameterizedTest(name = "{0} of 10 -> {1}")
    @CsvSource(delimiter = ';', value = {
        "1; 0",
        "2; 0,9",
        "3; 0,5,9",
        "4; 0,3,6,9",
        "10; 0,1,2,3,4,5,6,7,8,9",
        "12; 0,1,2,3,4,5,6,7,8,9",
    })
    void spreadKeepsFirstAndLast(int max, String expected) {
        List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(expected, String.join(",", ReportPlanner.spread(items, max).stream().map(String::valueOf).toList()));
    }

    @Test
    void safeFileNamesAndTiles() {
        assertEquals("a_b_c.d-e", ReportPlanner.safe("a/b c.d-e"));
        assertEquals("AOI_2_Vegas_img1", ReportPlanner.tile("studies/s/trials/t/masks/epoch-3/AOI_2_Vegas_img1.png"));
    }

    @Test
    void aStudyWithoutSucceededTrialsHasOnlyLearningCurvesAndTheTable() {
        TrialRecord running = new TrialRecord("s-0000", java.util.Map.of("lr", "0.1"), TrialPhase.RUNNING, null, null,
                List.of(MetricsLine.of(1, 1, 1).with("valIoU", 0.5).with("seconds", 3)), List.of(), new TreeMap<>(),
                List.of());
        ReportPlan plan = ReportPlanner.plan(new StudyModel("s", List.of(running)), ReportOptions.defaults());
        assertTrue(plan.best().isEmpty());
        assertTrue(plan.objectiveCharts().isEmpty());
        assertTrue(plan.history().isEmpty());
        assertEquals("learning-curves.png", plan.learningCurves().orElseThrow().file());
        assertTrue(plan.weights().isEmpty());
        assertTrue(plan.masks().isEmpty());
        assertEquals(List.of("seconds", "valIoU"), plan.metricColumns(), "no F1 key anywhere: every extra key");
    }

    @Test
    void earlyStoppedTrialsAloneGetObjectiveChartsButNoHistory() {
        TrialRecord stopped = ObjectiveChartsTest.stopped("s-0000", MetricsLine.of(1, 1, 0.9), MetricsLine.of(2, 1, 0.7));
        ReportPlan plan = ReportPlanner.plan(new StudyModel("s", List.of(stopped)), ReportOptions.defaults());
        assertEquals(List.of("lr"), plan.objectiveCharts().stream().map(ReportPlan.ParamChart::parameter).toList());
        assertTrue(plan.history().isEmpty(), "the history shows objectives only");
    }

    @Test
    void theSameTrialAsBestAndBaselineGetsOnePanel() {
        TrialRecord only = BaselineRuleTest.trial("s-0000", 0.3, "head", "baseline");
        only = new TrialRecord(only.name(), only.params(), only.phase(), only.result(), null, only.metrics(),
                List.of(new io.parzen.storage.HistogramLine(1, "conv", "W", new double[] {0, 1}, new long[] {1},
                        0.5, 0.1, 0, 3, 0, null, null)), new TreeMap<>(), List.of());
        ReportPlan plan = ReportPlanner.plan(new StudyModel("s", List.of(only)), ReportOptions.defaults());
        assertEquals(1, plan.weights().size());
        assertEquals("best and baseline-like", plan.weights().get(0).role());
        assertEquals(List.of("objective-1-head.png", "history.png", "learning-curves.png", "weights-best-1-conv.png",
                "stats-best.png"), plan.charts().stream().map(ReportPlan.Chart::file).toList());
    }
}
