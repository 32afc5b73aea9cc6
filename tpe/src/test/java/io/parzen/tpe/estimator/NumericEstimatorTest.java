package io.parzen.tpe.estimator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumericEstimatorTest {
    private static final NumericDistribution UNIFORM_0_10 = NumericDistribution.uniform(0, 10);

    private static NumericEstimator estimator(NumericDistribution d, double... values) {
        return new NumericEstimator(d, values, 1.0, Truncation.PER_COMPONENT, GridAnchor.LOW);
    }

    @Test
    void threeObservationsMatchTheTpeMdVector() {
        List<Component> c = estimator(UNIFORM_0_10, 2, 7, 9).components();
        assertArrayEquals(new double[] {2, 5, 7, 9}, c.stream().mapToDouble(Component::mean).toArray(), 1e-12);
        assertArrayEquals(new double[] {3, 10, 2, 2}, c.stream().mapToDouble(Component::sigma).toArray(), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, c.stream().mapToDouble(Component::weight).toArray(), 1e-12);
    }

    @Test
    void oneObservationGetsHalfThePriorSigma() {
        List<Component> c = estimator(UNIFORM_0_10, 3).components();
        assertArrayEquals(new double[] {3, 5}, c.stream().mapToDouble(Component::mean).toArray(), 1e-12);
        assertArrayEquals(new double[] {5, 10}, c.stream().mapToDouble(Component::sigma).toArray(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, c.stream().mapToDouble(Component::weight).toArray(), 1e-12);
    }

    @Test
    void noObservationsIsThePriorAlone() {
        List<Component> c = estimator(UNIFORM_0_10).components();
        assertEquals(List.of(new Component(5, 10, 1)), c);
    }

    @Test
    void logUniformKernelsLiveInLogSpace() {
        List<Component> c = estimator(NumericDistribution.loguniform(1, Math.exp(4)), Math.exp(1)).components();
        assertArrayEquals(new double[] {1, 2}, c.stream().mapToDouble(Component::mean).toArray(), 1e-12);
        assertArrayEquals(new double[] {2, 4}, c.stream().mapToDouble(Component::sigma).toArray(), 1e-12);
    }

    @Test
    void sigmasAreClippedFromBelow() {
        // Identical observations have zero gaps: the floor is priorSigma / min(100, n + 2) = 10 / 5.
        List<Component> c = estimator(UNIFORM_0_10, 4, 4, 4).components();
        for (Component k : c) {
            assertTrue(k.sigma() >= 2.0 - 1e-12, "sigma " + k.sigma());
        }
    }

    @Test
    void densityIntegratesToOneInsideTheBounds() {
        NumericEstimator e = estimator(UNIFORM_0_10, 0.1, 9.9, 5.5, 5.6);
        double integral = 0;
        int steps = 20_000;
        for (int i = 0; i < steps; i++) {
            double x = (i + 0.5) * 10.0 / steps;
            integral += Math.exp(e.logDensity(x)) * 10.0 / steps;
        }
        assertEquals(1.0, integral, 1e-6);
    }

    @ParameterizedTest
    @EnumSource(Truncation.class)
    void binMassesOfAQuantizedParameterSumToOne(Truncation truncation) {
        NumericDistribution d = NumericDistribution.quniform(3, 120, 1);
        GridAnchor anchor = truncation == Truncation.PER_COMPONENT ? GridAnchor.LOW : GridAnchor.ZERO;
        NumericEstimator e = new NumericEstimator(d, new double[] {3, 57, 58, 120}, 1.0, truncation, anchor);
        double total = 0;
        for (int x = 3; x <= 120; x++) {
            total += Math.exp(e.logDensity(x));
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void binMassesOfAQuantizedLogParameterSumToOne() {
        NumericDistribution d = NumericDistribution.qloguniform(1, 64, 1);
        NumericEstimator e = estimator(d, 2, 3, 40);
        double total = 0;
        for (int x = 1; x <= 64; x++) {
            total += Math.exp(e.logDensity(x));
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void samplesStayOnTheGridAndInsideTheBounds() {
        NumericDistribution d = NumericDistribution.quniform(3, 120, 5);
        NumericEstimator e = estimator(d, 3, 8, 118);
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 2000; i++) {
            double x = e.sample(rng);
            assertTrue(x >= 3 && x <= 120 && (x - 3) % 5 == 0, "bad sample " + x);
        }
    }

    @Test
    void wholeMixtureSamplesByRejectionInsideTheBounds() {
        NumericEstimator e = new NumericEstimator(UNIFORM_0_10, new double[] {0.01, 0.02}, 1.0, Truncation.WHOLE_MIXTURE,
                GridAnchor.ZERO);
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 2000; i++) {
            double x = e.sample(rng);
            assertTrue(x >= 0 && x <= 10, "bad sample " + x);
        }
    }
}
