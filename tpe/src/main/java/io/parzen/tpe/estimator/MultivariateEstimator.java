package io.parzen.tpe.estimator;

import io.parzen.tpe.math.LogSum;
import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A joint Parzen estimator over several parameters: component i is the product of one kernel per
 * dimension, centred on observation i (plus a prior component), so correlations between
 * parameters survive. Bandwidths follow the univariate neighbour-gap rule per dimension.
 * Values are codes: numbers for numeric dimensions, choice indices for categorical ones.
 */
public final class MultivariateEstimator {
    private final Object[] dimensions;
    private final int size;
    private final double[] logWeight;
    private final double[] cumulative;
    private final double[] terms;
    private final double[] kernel;

    /**
     * @param distributions one per dimension
     * @param codes codes[d][i]: observation i's value in dimension d, oldest first
     */
    public MultivariateEstimator(List<? extends Object> distributions, double[][] codes, double priorWeight, GridAnchor anchor) {
        int n = codes.length == 0 ? 0 : codes[0].length;
        size = n + 1;
        dimensions = new Object[distributions.size()];
        for (int d = 0; d < dimensions.length; d++) {
            Object dist = distributions.get(d);
            if (dist instanceof NumericDistribution numeric) {
                dimensions[d] = new Kernels(numeric, codes[d], Truncation.PER_COMPONENT, anchor);
            } else if (dist instanceof CategoricalDistribution categorical) {
                int[] chosen = new int[n];
                for (int i = 0; i < n; i++) {
                    chosen[i] = (int) codes[d][i];
                }
                dimensions[d] = new CategoricalKernels(categorical.size(), chosen, priorWeight);
            } else {
                throw new IllegalArgumentException("unsupported distribution " + dist);
            }
        }
        double[] forgetting = ForgettingWeights.of(n);
        double total = priorWeight;
        for (double w : forgetting) {
            total += w;
        }
        logWeight = new double[size];
        cumulative = new double[size];
        double running = 0;
        for (int i = 0; i < size; i++) {
            double w = (i < n ? forgetting[i] : priorWeight) / total;
            logWeight[i] = Math.log(w);
            running += w;
            cumulative[i] = running;
        }
        terms = new double[size];
        kernel = new double[size];
    }

    /** log joint density of codes x[d]; never NaN or -infinity. */
    public double logDensity(double[] x) {
        System.arraycopy(logWeight, 0, terms, 0, size);
        for (int d = 0; d < dimensions.length; d++) {
            if (dimensions[d] instanceof Kernels numeric) {
                numeric.componentLogKernels(x[d], kernel);
            } else {
                ((CategoricalKernels) dimensions[d]).componentLogKernels((int) x[d], kernel);
            }
            for (int i = 0; i < size; i++) {
                terms[i] += kernel[i];
            }
        }
        return LogSum.floor(LogSum.logSumExp(terms, size));
    }

    /** Draws one joint sample: one component, then each dimension from that component's kernel. */
    public double[] sample(SplittableRandom rng) {
        int component = pick(rng.nextDouble());
        double[] x = new double[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            if (dimensions[d] instanceof Kernels numeric) {
                x[d] = numeric.sample(component, rng);
            } else {
                x[d] = ((CategoricalKernels) dimensions[d]).sampleComponent(component, rng);
            }
        }
        return x;
    }

    private int pick(double u) {
        double target = u * cumulative[size - 1];
        for (int i = 0; i < size; i++) {
            if (cumulative[i] > target) {
                return i;
            }
        }
        return size - 1;
    }
}
