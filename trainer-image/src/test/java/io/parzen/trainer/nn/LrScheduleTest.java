package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The learning rate of each step: warm-up, cosine, constant, and bad settings named. */
class LrScheduleTest {

    private static final LrSchedule COSINE = new LrSchedule(LrSchedule.Kind.COSINE, 0.01, 0.1, 100);

    @Test
    void warmUpRisesLinearlyToThePeak() {
        assertEquals(10, COSINE.warmupSteps());
        assertEquals(0.001, COSINE.at(0), 1e-15);
        assertEquals(0.005, COSINE.at(4), 1e-15);
        assertEquals(0.01, COSINE.at(9), 1e-15);
    }

    @Test
    void thenAHalfCosineDownToNearZero() {
        assertEquals(0.01, COSINE.at(10), 1e-15, "the first step after warm-up runs at the peak");
        assertEquals(0.005, COSINE.at(55), 1e-15, "half-way through the decay: half the peak");
        assertEquals(0.01 * 0.5 * (1 + Math.cos(Math.PI * 89 / 90)), COSINE.at(99), 1e-15);
        assertTrue(COSINE.at(99) < 0.0001);
        for (long s = 10; s < 99; s++) {
            assertTrue(COSINE.at(s + 1) < COSINE.at(s), "falls at step " + s);
        }
        assertEquals(COSINE.at(99), COSINE.at(500), 0, "past the end it keeps the last rate");
    }

    @Test
    void noWarmUpStartsAtThePeak() {
        LrSchedule s = new LrSchedule(LrSchedule.Kind.COSINE, 0.02, 0, 7);
        assertEquals(0, s.warmupSteps());
        assertEquals(0.02, s.at(0), 1e-15);
    }

    @Test
    void constantIsThePeakThroughout() {
        LrSchedule s = new LrSchedule(LrSchedule.Kind.CONSTANT, 0.003, 0.2, 50);
        assertEquals(0, s.warmupSteps());
        assertEquals(0.003, s.at(0));
        assertEquals(0.003, s.at(49));
    }

    @Test
    void scaledKeepsTheShape() {
        LrSchedule head = COSINE.scaled(4);
        for (long s = 0; s < 100; s += 7) {
            assertEquals(4 * COSINE.at(s), head.at(s), 1e-15);
        }
    }

    @Test
    void badSettingsAreNamed() {
        assertEquals("--lr-schedule must be cosine or constant, got 'step'",
                assertThrows(IllegalArgumentException.class, () -> LrSchedule.Kind.parse("step")).getMessage());
        assertEquals(LrSchedule.Kind.CONSTANT, LrSchedule.Kind.parse(" Constant "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LrSchedule(LrSchedule.Kind.COSINE, 0.01, 0.7, 10)).getMessage()
                .contains("--warmup-fraction must be in 0..0.5, got 0.7"));
        assertThrows(IllegalArgumentException.class, () -> new LrSchedule(LrSchedule.Kind.COSINE, 0.01, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LrSchedule(LrSchedule.Kind.COSINE, Double.NaN, 0.1, 5));
    }
}
