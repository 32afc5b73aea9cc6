package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which trial is "baseline-like", rule by rule. */
class BaselineRuleTest {
    /** t0 baseline 0.5, t1 baseline 0.45, t2 m=4 0.3, t3 m=2 0.6, t4 m=2 running, t5 m=1 no metrics. */
    static final StudyModel STUDY = new StudyModel("s", List.of(
            trial("t0", 0.5, "head", "baseline"),
            trial("t1", 0.45, "head", "baseline"),
            trial("t2", 0.3, "head", "grouped", "filters-per-class", "4"),
            trial("t3", 0.6, "head", "grouped", "filters_per_class", "2"),
            trial("t4", Double.NaN, "head", "grouped", "filtersPerClass", "2"),
            new TrialRecord("t5", Map.of("head", "grouped", "filtersPerClass", "1"), TrialPhase.RUNNING, null, null,
                    List.of(), List.of(), new TreeMap<>(), List.of())));

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(BaselineRule.defaults(), Goal.MINIMIZE, "t1 head=baseline"),
                Arguments.of(BaselineRule.defaults(), Goal.MAXIMIZE, "t0 head=baseline"),
                Arguments.of(new BaselineRule(null, null, "filtersPerClass"), Goal.MINIMIZE,
                        "t3 smallest filtersPerClass (2)"),
                Arguments.of(new BaselineRule("HEAD", "grouped", null), Goal.MINIMIZE, "t2 HEAD=grouped"),
                Arguments.of(new BaselineRule("head", "none-such", "FiltersPerClass"), Goal.MINIMIZE,
                        "t3 smallest FiltersPerClass (2)"),
                Arguments.of(new BaselineRule("head", "none-such", "lr"), Goal.MINIMIZE, "-"),
                Arguments.of(new BaselineRule(null, null, null), Goal.MINIMIZE, "-"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("rules")
    void selects(BaselineRule rule, Goal goal, String expected) {
        assertEquals(expected, rule.select(STUDY, goal).map(c -> c.trial().name() + " " + c.reason()).orElse("-"));
    }

    static TrialRecord trial(String name, double objective, String... kv) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        List<MetricsLine> metrics = new ArrayList<>(List.of(MetricsLine.of(1, 1, Double.isNaN(objective) ? 1 : objective)));
        TrialResult result = Double.isNaN(objective) ? null : TrialResult.succeeded("valLoss", objective, 1, 1, 1);
        return new TrialRecord(name, params, result == null ? TrialPhase.RUNNING : TrialPhase.SUCCEEDED, result, null,
                metrics, List.of(), new TreeMap<>(), List.of());
    }
}
