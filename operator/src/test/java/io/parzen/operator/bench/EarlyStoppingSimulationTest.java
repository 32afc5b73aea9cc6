package io.parzen.operator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's simulation is deterministic and the rules do what they claim on it (fixed seeds). */
class EarlyStoppingSimulationTest {
    private static StudySimulation.Outcome run(String rule) {
        return StudySimulation.run(StudySimulation.config(7, 16, 4, rule), 7, 9);
    }

    @Test
    void sameSeedSameOutcome() {
        assertEquals(run("{rule: asha}"), run("{rule: asha}"));
    }

    @Test
    void withoutARuleEveryTrialTrainsEveryEpoch() {
        StudySimulation.Outcome none = run(null);
        assertEquals(16 * 9, none.epochs());
        assertEquals(0, none.stopped());
    }

    @Test
    void ashaAndMedianStopTrialsAndSpendFewerEpochs() {
        for (String rule : new String[] {"{rule: asha}", "{rule: median}"}) {
            StudySimulation.Outcome o = run(rule);
            assertTrue(o.stopped() > 0 && o.epochs() < 16 * 9, rule + ": " + o);
        }
    }
}
