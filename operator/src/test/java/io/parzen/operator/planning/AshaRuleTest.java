package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parzen.operator.api.TrialPhase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AshaRuleTest {

    @ParameterizedTest(name = "r={0} eta={1}: rungs {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 3 | 1 3 9 27",
        "2 | 3 | 2 6 18 54",
        "1 | 2 | 1 2 4 8",
        "5 | 4 | 5 20 80 320",
    })
    void rungsSitAtMinEpochsTimesPowersOfTheFactor(int r, int eta, String rungs) {
        AshaRule rule = new AshaRule(r, eta);
        List<Long> expected = java.util.Arrays.stream(rungs.split(" ")).map(Long::valueOf).toList();
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k), rule.rungEpoch(k));
            assertEquals(k, rule.rungAt(expected.get(k).intValue()));
            assertEquals(k - 1, rule.rungAt(expected.get(k).intValue() - 1));
        }
    }

    @Test
    void rungEpochsSaturateInsteadOfOverflowing() {
        AshaRule rule = new AshaRule(1, 1000);
        assertEquals(Long.MAX_VALUE, rule.rungEpoch(10));
        assertEquals(3, rule.rungAt(Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @CsvSource({"1, 3, 1", "2, 3, 1", "3, 3, 1", "5, 3, 1", "6, 3, 2", "9, 3, 3", "10, 3, 3", "4, 2, 2", "7, 4, 1"})
    void keepsAtLeastOneAndTheFloorOfNOverEta(int n, int eta, int kept) {
        assertEquals(kept, new AshaRule(1, eta).kept(n));
    }

    @Test
    void boundsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new AshaRule(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new AshaRule(1, 1));
    }

    /** A trial that skipped the rung epoch is judged at the first epoch it reported past it; the others count there by the same rule. */
    @Test
    void aSkippedRungEpochIsJudgedAtTheFirstEpochPastIt() {
        StudyConfig config = PlannerTest.config(20, 8, 5, null, "minimize", "{rule: asha}");
        TrialView other = new TrialView("c", 0, TrialPhase.Succeeded, Map.of(), 0.9, curve(1, 0.9, 2, 0.9), false);
        TrialView done = new TrialView("a", 1, TrialPhase.Succeeded, Map.of(), 0.1, curve(2, 0.1, 3, 0.1), false);
        TrialView skipped = new TrialView("b", 2, TrialPhase.Running, Map.of(), 0.5, curve(2, 0.5), false);
        Map<String, String> stop = AshaStopper.stop(new AshaRule(1, 3), config, List.of(done, skipped, other));
        assertEquals(List.of("b"), List.copyOf(stop.keySet()));
        assertEquals(true, stop.get("b").startsWith("stopped by asha at rung 0 (epoch 2): valLoss 0.500000 ranks 2 of the 3"),
                stop.get("b"));
    }

    private static TreeMap<Integer, Double> curve(Object... epochValues) {
        TreeMap<Integer, Double> c = new TreeMap<>();
        for (int i = 0; i < epochValues.length; i += 2) {
            c.put((Integer) epochValues[i], ((Number) epochValues[i + 1]).doubleValue());
        }
        return c;
    }
}
