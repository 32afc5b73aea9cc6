package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.api.TrialPhase;
import io.parzen.tpe.Observation;
import io.parzen.tpe.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggesterTest {
    private final StudyConfig config = StudyValidator.validate(Fixtures.study("valid.yaml").getSpec()).config();

    @Test
    void suggestionsAreDeterministicInRangeAndRespectConditions() {
        List<TrialView> none = List.of();
        Map<Integer, Map<String, String>> a = Suggester.suggest(config, none, List.of(0, 1, 2, 3, 4, 5, 6, 7));
        assertEquals(a, Suggester.suggest(config, none, List.of(0, 1, 2, 3, 4, 5, 6, 7)));
        for (Map<String, String> p : a.values()) {
            double lr = Double.parseDouble(p.get("lr"));
            assertTrue(lr >= 1e-4 && lr <= 0.1, p.toString());
            assertTrue(List.of("baseline", "grouped").contains(p.get("head")));
            assertEquals(p.get("head").equals("grouped"), p.containsKey("filtersPerClass"), p.toString());
            if (p.containsKey("filtersPerClass")) {
                int f = Integer.parseInt(p.get("filtersPerClass"));
                assertTrue(f >= 1 && f <= 40);
            }
        }
    }

    @Test
    void historyMapsPhasesAndLossesAndLiarsChangeTheNextSuggestion() {
        List<TrialView> trials = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, String> p = Suggester.suggest(config, trials, List.of(i)).get(i);
            double loss = Math.abs(Math.log10(Double.parseDouble(p.get("lr"))) + 2.5);
            trials.add(new TrialView("seg-" + i, i, i == 3 ? TrialPhase.Failed : TrialPhase.Succeeded, p, loss,
                    new TreeMap<>(Map.of(1, loss)), false));
        }
        List<Observation> h = Suggester.history(config, trials);
        assertEquals(TrialState.FAILED, h.get(3).state());
        assertEquals(TrialState.SUCCEEDED, h.get(0).state());
        assertEquals(trials.get(0).objective(), h.get(0).value(), 0.0);
        Map<Integer, Map<String, String>> together = Suggester.suggest(config, trials, List.of(8, 9));
        Map<Integer, Map<String, String>> alone = Suggester.suggest(config, trials, List.of(9));
        assertEquals(together.get(8), Suggester.suggest(config, trials, List.of(8)).get(8));
        assertNotEquals(together.get(9), alone.get(9), "trial 8 in flight must change the suggestion for 9");
    }

    @ParameterizedTest
    @CsvSource({"0.30000000000000004,0.3", "1.0E-4,0.0001", "12.0,12", "0.00012345678901234,0.000123456789", "-2.5,-2.5"})
    void formatsDoublesReadably(double value, String expected) {
        assertEquals(expected, ParamValues.format(value));
    }

    @Test
    void parsesStringsBackAndSummarizes() {
        Map<String, Object> v = ParamValues.parse(config.space(),
                Map.of("lr", "0.001", "head", "grouped", "filtersPerClass", "12", "gone", "1"));
        assertEquals(Map.of("lr", 0.001, "head", "grouped", "filtersPerClass", 12L), v);
        assertFalse(v.containsKey("gone"));
        assertEquals("a=1,b=x", ParamValues.summary(new java.util.LinkedHashMap<>(Map.of("a", "1"))) + ",b=x");
        assertEquals("seg-0007", TrialNames.trial("seg", 7));
        assertEquals("seg-12345", TrialNames.trial("seg", 12345));
    }
}
