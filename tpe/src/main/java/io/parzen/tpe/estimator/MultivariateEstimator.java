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
    private static final double CUTOFF = 40.0;

    private final double[] terms;
    /** Per quantized dimension, the log kernel of each kernel class at the current query (NaN: not yet computed). */
    private final double[][] classCache;
    private final double[] kernel;
    /** Dimensions in the order they are added: continuous, categorical, quantized. */
    private final int[] order;
    /** remainingMax[s]: the largest total the dimensions after step s can add to a component. */
    private final double[] remainingMax;

    /**
     * @param distributions one per dimension
     * @param codes codes[d][i]: observation i's value in dimension d, oldest first
     */
    public MultivariateEstimator(List<? extends Object> distributions, double[][] codes, double priorWeight, GridAnchor anchor) {
        this(distributions, codes, priorWeight, anchor, BandwidthRule.TPE, CategoricalKernel.FIXED);
    }

    /** As above, with the bandwidths of the numeric dimensions by {@code rule} and categorical kernels of kind {@code categoricalKernel}. */
    public MultivariateEstimator(List<? extends Object> distributions, double[][] codes, double priorWeight, GridAnchor anchor,
                                 BandwidthRule rule, CategoricalKernel categoricalKernel) {
        this(distributions, codes, priorWeight, anchor, rule, categoricalKernel, 0);
    }

    /**
     * As above, with the numeric dimensions' minimum bandwidth taken as if there were
     * {@code clipCount} observations when that is more than there are ({@link BandwidthRule#ENDPOINTS}
     * only): the sharpened l(x) of docs/tpe.md.
     */
    public MultivariateEstimator(List<? extends Object> distributions, double[][] codes, double priorWeight, GridAnchor anchor,
                                 BandwidthRule rule, CategoricalKernel categoricalKernel, double clipCount) {
        int n = codes.length == 0 ? 0 : codes[0].length;
        size = n + 1;
        dimensions = new Object[distributions.size()];
        for (int d = 0; d < dimensions.length; d++) {
            Object dist = distributions.get(d);
            if (dist instanceof NumericDistribution numeric) {
                dimensions[d] = new Kernels(numeric, codes[d], Truncation.PER_COMPONENT, anchor, rule, clipCount);
            } else if (dist instanceof CategoricalDistribution categorical) {
                int[] chosen = new int[n];
                for (int i = 0; i < n; i++) {
                    chosen[i] = (int) codes[d][i];
                }
                dimensions[d] = new CategoricalKernels(categorical.size(), chosen, priorWeight, categoricalKernel);
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
        classCache = new double[dimensions.length][];
        for (int d = 0; d < dimensions.length; d++) {
            if (dimensions[d] instanceof Kernels k && k.quantized()) {
                classCache[d] = new double[k.classCount];
            }
        }
        terms = new double[size];
        kernel = new double[size];
        order = java.util.stream.IntStream.range(0, dimensions.length).boxed()
                .sorted(java.util.Comparator.comparingInt(this::cost)).mapToInt(Integer::intValue).toArray();
        remainingMax = new double[order.length];
        double rest = 0;
        for (int step = order.length - 1; step >= 0; step--) {
            remainingMax[step] = rest;
            Object dim = dimensions[order[step]];
            rest += dim instanceof Kernels k ? k.maxLogKernel() : ((CategoricalKernels) dim).maxLogKernel();
        }
    }

    private int cost(int d) {
        if (dimensions[d] instanceof Kernels k) {
            return k.quantized() ? 2 : 0;
        }
        return 1;
    }

    /**
     * log joint density of codes x[d]; never NaN or -infinity.
     *
     * <p>Dimensions are added cheapest first (continuous, categorical, then quantized, whose bin
     * masses cost most), and a component is dropped as soon as even the best possible values of its
     * remaining dimensions cannot bring it within e^-40 of a complete term: such a component changes
     * the sum by less than 1e-17 relative. The result stays deterministic.
     */
    public double logDensity(double[] x) {
        Object[] queries = new Object[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            queries[d] = dimensions[d] instanceof Kernels k ? k.query(x[d]) : (Object) (int) x[d];
            if (classCache[d] != null) {
                java.util.Arrays.fill(classCache[d], Double.NaN);
            }
        }
        int[] alive = new int[size];
        for (int i = 0; i < size; i++) {
            alive[i] = i;
            terms[i] = logWeight[i];
        }
        int count = size;
        double floor = Double.NEGATIVE_INFINITY;
        for (int step = 0; step < order.length; step++) {
            int d = order[step];
            for (int a = 0; a < count; a++) {
                terms[alive[a]] += logKernel(d, alive[a], queries[d]);
            }
            if (step == order.length - 1) {
                break;
            }
            // A complete term for the most promising component gives a lower bound of the largest term.
            int best = alive[0];
            for (int a = 1; a < count; a++) {
                if (terms[alive[a]] > terms[best]) {
                    best = alive[a];
                }
            }
            double complete = terms[best];
            for (int later = step + 1; later < order.length; later++) {
                complete += logKernel(order[later], best, queries[order[later]]);
            }
            floor = Math.max(floor, complete);
            int kept = 0;
            for (int a = 0; a < count; a++) {
                if (terms[alive[a]] + remainingMax[step] >= floor - CUTOFF) {
                    alive[kept++] = alive[a];
                }
            }
            count = kept;
        }
        for (int a = 0; a < count; a++) {
            kernel[a] = terms[alive[a]];
        }
        return LogSum.floor(LogSum.logSumExp(kernel, count));
    }

    private double logKernel(int d, int component, Object query) {
        if (dimensions[d] instanceof Kernels k) {
            double[] cache = classCache[d];
            if (cache == null) {
                return k.logKernel(component, (double[]) query);
            }
            int c = k.kernelClass[component];
            double value = cache[c];
            if (Double.isNaN(value)) {
                value = k.logKernel(component, (double[]) query);
                cache[c] = value;
            }
            return value;
        }
        return ((CategoricalKernels) dimensions[d]).logKernel(component, (Integer) query);
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
        return CumulativeWeights.pick(cumulative, u);
    }
}
