package io.parzen.tpe.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.tpe.math.LogSum;
import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.Distribution;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultivariateEstimatorTest {
    private static final List<Distribution> DIMS = List.of(
            NumericDistribution.quniform(3, 120, 1),
            NumericDistribution.uniform(0, 1),
            new CategoricalDistribution(List.of("a", "b", "c")),
            NumericDistribution.loguniform(1e-4, 1));

    private static double[][] observations(int n, SplittableRandom rng) {
        double[][] codes = new double[4][n];
        for (int i = 0; i < n; i++) {
            codes[0][i] = 3 + rng.nextInt(118);
            codes[1][i] = rng.nextDouble();
            codes[2][i] = rng.nextInt(3);
            codes[3][i] = Math.exp(Math.log(1e-4) + rng.nextDouble() * Math.log(1e4));
        }
        return codes;
    }

    /** Pruned density must equal the full product-kernel sum over every component. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 40, 600})
    void prunedDensityEqualsTheFullSum(int n) {
        SplittableRandom rng = new SplittableRandom(n);
        double[][] codes = observations(n, rng);
        MultivariateEstimator e = new MultivariateEstimator(DIMS, codes, 1.0, GridAnchor.LOW);
        Kernels filters = new Kernels((NumericDistribution) DIMS.get(0), codes[0], Truncation.PER_COMPONENT, GridAnchor.LOW);
        Kernels unit = new Kernels((NumericDistribution) DIMS.get(1), codes[1], Truncation.PER_COMPONENT, GridAnchor.LOW);
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = (int) codes[2][i];
        }
        CategoricalKernels letters = new CategoricalKernels(3, chosen, 1.0);
        Kernels rate = new Kernels((NumericDistribution) DIMS.get(3), codes[3], Truncation.PER_COMPONENT, GridAnchor.LOW);
        double[] w = ForgettingWeights.of(n);
        double total = 1.0 + java.util.Arrays.stream(w).sum();
        for (int probe = 0; probe < 40; probe++) {
            double[] x = e.sample(rng);
            double[] a = new double[n + 1];
            double[] b = new double[n + 1];
            double[] c = new double[n + 1];
            double[] d = new double[n + 1];
            filters.componentLogKernels(x[0], a);
            unit.componentLogKernels(x[1], b);
            letters.componentLogKernels((int) x[2], c);
            rate.componentLogKernels(x[3], d);
            double[] terms = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                terms[i] = Math.log((i < n ? w[i] : 1.0) / total) + a[i] + b[i] + c[i] + d[i];
            }
            double full = LogSum.logSumExp(terms, n + 1);
            assertEquals(full, e.logDensity(x), 1e-10 * Math.max(1, Math.abs(full)));
        }
    }

    @Test
    void jointDensityOfAGridAndACategorySumsToOne() {
        List<Distribution> dims = List.of(NumericDistribution.integer(1, 6), new CategoricalDistribution(List.of("x", "y")));
        double[][] codes = {{1, 2, 2, 6}, {0, 1, 1, 0}};
        MultivariateEstimator e = new MultivariateEstimator(dims, codes, 1.0, GridAnchor.LOW);
        double total = 0;
        for (int k = 1; k <= 6; k++) {
            for (int c = 0; c < 2; c++) {
                total += Math.exp(e.logDensity(new double[] {k, c}));
            }
        }
        assertEquals(1.0, total, 1e-9);
    }
}
