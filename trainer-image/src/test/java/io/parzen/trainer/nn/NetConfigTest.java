package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation messages name the field and the value. */
class NetConfigTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "60;16;3;baseline;1;0.001;1;tile 60 must be divisible by 2^depth = 8",
        "64;0;3;baseline;1;0.001;1;base filters must be in 1..256, got 0",
        "64;16;0;baseline;1;0.001;1;depth must be in 1..6, got 0",
        "64;16;3;baseline;4;0.001;1;filters per class 4 needs the grouped head",
        "64;16;3;grouped;0;0.001;1;filters per class must be in 1..64, got 0",
        "64;16;3;baseline;1;0;1;learning rate must be in (0, 1), got 0.0",
        "64;16;3;baseline;1;0.001;-2;head learning-rate multiplier must be in (0, 1000], got -2.0",
    })
    void rejectsBadValues(int tile, int base, int depth, String head, int m, double lr, double mult, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> new NetConfig(tile, 3, base, depth, Head.parse(head), m,
                lr, mult, NetConfig.DEFAULT_CLASS_WEIGHTS, 1));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void classWeightsNeedThreePositiveValues() {
        assertThrows(IllegalArgumentException.class, () -> new NetConfig(64, 3, 16, 3, Head.BASELINE, 1, 1e-3, 1,
                new double[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> new NetConfig(64, 3, 16, 3, Head.BASELINE, 1, 1e-3, 1,
                new double[] {1, 0, 2}, 1));
    }

    @Test
    void headParsesCaseInsensitively() {
        assertEquals(Head.GROUPED, Head.parse("Grouped"));
        assertThrows(IllegalArgumentException.class, () -> Head.parse("wide"));
        assertEquals(48, NetConfig.small(1).withHead(Head.GROUPED, 16).headFilters());
    }
}
