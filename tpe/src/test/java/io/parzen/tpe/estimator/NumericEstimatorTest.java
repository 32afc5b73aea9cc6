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
    void endpointBandwidthsTakeTheBoundsAsOuterNeighbours() {
        // Sorted 2, 7, 9 inside [0, 10]: the lowest and highest take their inner gap (5 and 2), the
        // middle one its larger gap (5); the floor is 10 / min(100, 3 + 2) = 2; the prior keeps 10.
        List<Component> c = new NumericEstimator(UNIFORM_0_10, new double[] {2, 7, 9}, 1.0, Truncation.PER_COMPONENT,
                GridAnchor.LOW, false, BandwidthRule.ENDPOINTS).components();
        assertArrayEquals(new double[] {2, 5, 7, 9}, c.stream().mapToDouble(Component::mean).toArray(), 1e-12);
        assertArrayEquals(new double[] {5, 10, 5, 2}, c.stream().mapToDouble(Component::sigma).toArray(), 1e-12);
        // One observation: the larger distance to a bound.
        List<Component> one = new NumericEstimator(UNIFORM_0_10, new double[] {3}, 1.0, Truncation.PER_COMPONENT,
                GridAnchor.LOW, false, BandwidthRule.ENDPOINTS).components();
        assertEquals(7, one.get(0).sigma(), 1e-12);
    }

    @Test
    void bandwidthWeightingScalesEachKernelByItsSigma() {
        NumericEstimator e = new NumericEstimator(UNIFORM_0_10, new double[] {2, 7, 9}, 1.0, Truncation.PER_COMPONENT,
                GridAnchor.LOW, true);
        List<Component> c = e.components();
        // Sigmas [3, 10, 2, 2] (the prior's is 10): weights 1 * sigma, normalised.
        assertArrayEquals(new double[] {3 / 17.0, 10 / 17.0, 2 / 17.0, 2 / 17.0},
                c.stream().mapToDouble(Component::weight).toArray(), 1e-12);
        double integral = 0;
        for (int i = 0; i < 10_000; i++) {
            integral += Math.exp(e.logDensity((i + 0.5) / 1000.0)) / 1000.0;
        }
        assertEquals(1.0, integral, 1e-6);
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

    /** The windowed sum must agree with summing every kernel, for every kind of parameter. */
    @ParameterizedTest
    @EnumSource(Truncation.class)
    void windowedDensityEqualsTheFullSum(Truncation truncation) {
        SplittableRandom rng = new SplittableRandom(5);
        GridAnchor anchor = truncation == Truncation.PER_COMPONENT ? GridAnchor.LOW : GridAnchor.ZERO;
        List<NumericDistribution> kinds = List.of(NumericDistribution.uniform(-3, 7), NumericDistribution.loguniform(1e-4, 10),
                NumericDistribution.quniform(3, 120, 1), NumericDistribution.qloguniform(8, 256, 8), NumericDistribution.normal(0, 2));
        for (NumericDistribution d : kinds) {
            double[] values = new double[3000];
            for (int i = 0; i < values.length; i++) {
                values[i] = i % 3 == 0 ? rng.nextDouble() : PriorDraw.draw(d, rng);
            }
            for (int i = 0; i < values.length; i++) {
                if (!d.accepts(values[i], anchor) && d.bounded()) {
                    values[i] = d.quantized() ? d.grid(anchor).snap(d.low()) : d.low();
                }
            }
            NumericEstimator e = new NumericEstimator(d, values, 1.0, truncation, anchor);
            Kernels k = new Kernels(d, values, truncation, anchor);
            double[] w = ForgettingWeights.of(values.length);
            double total = 1.0;
            for (double x : w) {
                total += x;
            }
            for (int probe = 0; probe < 30; probe++) {
                double x = e.sample(rng);
                double[] out = new double[k.size()];
                k.componentLogKernels(x, out);
                double[] terms = new double[k.size()];
                for (int j = 0; j < k.size(); j++) {
                    double weight = (j < values.length ? w[j] : 1.0) / total;
                    terms[j] = Math.log(weight) + out[j] + (truncation == Truncation.WHOLE_MIXTURE ? k.logMass[j] : 0);
                }
                double full = io.parzen.tpe.math.LogSum.logSumExp(terms, terms.length);
                if (truncation == Truncation.WHOLE_MIXTURE && d.bounded()) {
                    double[] masses = new double[k.size()];
                    for (int j = 0; j < k.size(); j++) {
                        masses[j] = Math.log((j < values.length ? w[j] : 1.0) / total) + k.logMass[j];
                    }
                    full -= io.parzen.tpe.math.LogSum.logSumExp(masses, masses.length);
                }
                assertEquals(full, e.logDensity(x), 1e-9 * Math.max(1, Math.abs(full)), d.kind() + " at " + x);
            }
        }
    }

    /** Draws a plausible observation for a distribution (uniform in its internal range, or its normal). */
    static final class PriorDraw {
        static double draw(NumericDistribution d, SplittableRandom rng) {
            double y = d.bounded()
                    ? d.toInternal(d.low()) + rng.nextDouble() * (d.toInternal(d.high()) - d.toInternal(d.low()))
                    : d.mu() + d.sigma() * (rng.nextDouble() * 6 - 3);
            double x = d.fromInternal(y);
            if (d.bounded()) {
                x = Math.max(d.low(), Math.min(d.high(), x));
            }
            return d.quantized() ? d.grid(GridAnchor.LOW).snap(x) : x;
        }
    }
}
