package io.parzen.trainer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Moments, histogram and distance to the normal on samples with known shapes. */
class DistributionTest {

    @Test
    void aNormalSampleLooksNormal() {
        Random r = new Random(1);
        float[] v = new float[200_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (0.5 + 2 * r.nextGaussian());
        }
        Distribution d = Distribution.of(v, 30);
        assertEquals(0.5, d.mean(), 0.02);
        assertEquals(2.0, d.std(), 0.02);
        assertEquals(0.0, d.skewness(), 0.03);
        assertEquals(0.0, d.excessKurtosis(), 0.05);
        assertTrue(d.normalDistance() < 0.02, "distance " + d.normalDistance());
        assertEquals(v.length, Arrays.stream(d.counts()).sum());
        assertEquals(31, d.edges().length);
    }

    @Test
    void aUniformSampleHasNegativeExcessKurtosisAndIsFarFromNormal() {
        Random r = new Random(2);
        float[] v = new float[100_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextFloat();
        }
        Distribution d = Distribution.of(v, 20);
        assertEquals(-1.2, d.excessKurtosis(), 0.03);
        assertTrue(d.normalDistance() > 0.05, "distance " + d.normalDistance());
    }

    @Test
    void handComputedMoments() {
        Distribution d = Distribution.of(new float[] {0, 0, 0, 4}, 4);
        assertEquals(1.0, d.mean(), 1e-12);
        assertEquals(Math.sqrt(3), d.std(), 1e-12);
        assertEquals((27.0 + 3 * -1) / 4 / Math.pow(3, 1.5), d.skewness(), 1e-12);
        assertEquals((81.0 + 3) / 4 / 9 - 3, d.excessKurtosis(), 1e-12);
        assertEquals(3, d.counts()[0]);
        assertEquals(1, d.counts()[3], "the maximum falls in the last bucket");
    }

    @Test
    void aConstantArrayGetsAWidenedSingleSpike() {
        Distribution d = Distribution.of(new float[] {1, 1, 1}, 5);
        assertEquals(0, d.std());
        assertEquals(3, Arrays.stream(d.counts()).sum());
        assertTrue(d.edges()[0] < 1 && d.edges()[5] > 1);
    }

    @Test
    void relativeChange() {
        assertEquals(0.5, Distribution.relativeChange(new float[] {2, 0}, new float[] {2, 1}), 1e-12);
        assertEquals(0, Distribution.relativeChange(new float[] {0}, new float[] {0}));
    }

    @Test
    void wasserstein1OfTheSameValuesIsZeroWhateverTheirOrder() {
        float[] a = {0.5f, -1, 3, 0.25f, -1};
        assertEquals(0, Distribution.wasserstein1(a, a.clone()));
        assertEquals(0, Distribution.wasserstein1(a, new float[] {-1, 3, -1, 0.25f, 0.5f}));
        assertEquals(0, Distribution.wasserstein1(a, new float[] {3, 3, 0.5f, 0.5f, -1, -1, -1, -1, 0.25f, 0.25f}),
                "every value twice is the same distribution");
    }

    @Test
    void wasserstein1OfAShiftIsTheShift() {
        Random r = new Random(3);
        float[] a = new float[10_000];
        float[] shifted = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextGaussian();
            shifted[i] = a[i] - 0.125f; // exact in float for these magnitudes
        }
        assertEquals(0.125, Distribution.wasserstein1(a, shifted), 1e-6);
        assertEquals(0.125, Distribution.wasserstein1(shifted, a), 1e-6, "symmetric");
        float[] doubled = new float[2 * a.length];
        for (int i = 0; i < a.length; i++) {
            doubled[2 * i] = shifted[i];
            doubled[2 * i + 1] = shifted[i];
        }
        assertEquals(0.125, Distribution.wasserstein1(a, doubled), 1e-6, "unequal lengths: the CDF walk");
    }

    @Test
    void wasserstein1HandComputed() {
        // sorted {0, 1, 3} against sorted {1, 2, 5}: (1 + 1 + 2) / 3; pairing by position unsorted would give 2
        assertEquals(4.0 / 3, Distribution.wasserstein1(new float[] {3, 0, 1}, new float[] {5, 1, 2}), 1e-12);
        // {0} against {0, 2}: the CDFs differ by 1/2 on [0, 2)
        assertEquals(1.0, Distribution.wasserstein1(new float[] {0}, new float[] {2, 0}), 1e-12);
        // {0, 4} against {1, 2, 3}: |F_a - F_b| is 1/2 on [0,1), 1/6 on [1,2), 1/6 on [2,3), 1/2 on [3,4)
        assertEquals(0.5 + 1.0 / 6 + 1.0 / 6 + 0.5, Distribution.wasserstein1(new float[] {4, 0}, new float[] {2, 3, 1}),
                1e-12);
        assertEquals(4.0 / 3, Distribution.wasserstein1Sorted(new float[] {0, 1, 3}, new float[] {1, 2, 5}), 1e-12);
        assertTrue(Double.isNaN(Distribution.wasserstein1(new float[] {1, Float.NaN}, new float[] {1, 2})));
    }

    @Test
    void wasserstein1SortedRejectsUnsortedAndEmptyArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> Distribution.wasserstein1Sorted(new float[] {3, 0, 1}, new float[] {1, 2, 5}));
        assertThrows(IllegalArgumentException.class,
                () -> Distribution.wasserstein1Sorted(new float[] {0, 1}, new float[] {Float.NaN, 2}));
        assertThrows(IllegalArgumentException.class, () -> Distribution.wasserstein1Sorted(new float[0], new float[] {1}));
    }

    @Test
    void normalCdf() {
        assertEquals(0.5, Normal.cdf(0), 1e-7);
        assertEquals(0.8413447, Normal.cdf(1), 1e-6);
        assertEquals(0.0227501, Normal.cdf(-2), 1e-6);
    }
}
