package io.parzen.trainer.data.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.trainer.data.geo.Raster16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentileStretchTest {

    /**
     * Band 0: values 1..100 plus 20 no-data zeros. Non-zero n = 100, so the 2nd percentile is at rank
     * 0.02 * 99 = 1.98 (between 2 and 3: 2.98) and the 98th at rank 97.02 (98.02), as numpy computes.
     */
    private static Raster16 handMade() {
        short[] s = new short[2 * 120];
        for (int i = 0; i < 100; i++) {
            s[i] = (short) (i + 1);
        }
        for (int i = 0; i < 120; i++) {
            s[120 + i] = (short) 60000; // band 1: constant
        }
        return new Raster16(12, 10, 2, s);
    }

    @ParameterizedTest(name = "value {0} -> {1}")
    @CsvSource({
        "1, 0.0",                        // below the 2nd percentile: clipped
        "3, 0.000210438",                // (3 - 2.98) / 95.04
        "50, 0.494739057",               // (50 - 2.98) / 95.04
        "98, 0.999789562",
        "100, 1.0"})                     // above the 98th: clipped
    void stretchesBetweenThe2ndAnd98thPercentileOfNonZeroValues(int value, double expected) {
        float[] out = new PercentileStretch().apply(handMade());
        assertEquals(expected, out[value - 1], 1e-6);
    }

    @Test
    void noDataStaysZeroAndAConstantBandBecomesZero() {
        float[] out = new PercentileStretch().apply(handMade());
        for (int i = 100; i < 120; i++) {
            assertEquals(0f, out[i], "no-data pixel " + i);
        }
        for (int i = 120; i < 240; i++) {
            assertEquals(0f, out[i], "constant band pixel " + i);
        }
    }

    @Test
    void boundsUseOnlyNonZeroValues() {
        int[] histogram = new int[65536];
        histogram[0] = 1_000_000;
        histogram[10] = 1;
        histogram[20] = 1;
        // two values: rank 0.02 -> 10.2, rank 0.98 -> 19.8
        assertArrayEquals(new double[] {10.2, 19.8}, new PercentileStretch().bounds(histogram), 1e-9);
    }

    @Test
    void bandsAreStretchedIndependently() {
        short[] s = new short[2 * 4];
        short[] b0 = {100, 200, 300, 400};
        short[] b1 = {1000, 2000, 3000, 4000};
        System.arraycopy(b0, 0, s, 0, 4);
        System.arraycopy(b1, 0, s, 4, 4);
        float[] out = new PercentileStretch(0, 100).apply(new Raster16(2, 2, 2, s));
        assertArrayEquals(new float[] {0, 1 / 3f, 2 / 3f, 1, 0, 1 / 3f, 2 / 3f, 1}, out, 1e-6f);
    }
}
