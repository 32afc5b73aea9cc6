package io.parzen.tpe.estimator;

import io.parzen.tpe.math.LogSum;
import io.parzen.tpe.math.NormalMath;
import io.parzen.tpe.space.Grid;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.SplittableRandom;

/**
 * The Gaussian kernels of one numeric parameter, in internal space and in observation order:
 * kernel i is centred on observation i, the last one is the prior. Each knows its own mass
 * inside the bounds. Weights are not part of this: the univariate mixture and the multivariate
 * product kernels weigh them differently.
 */
public final class Kernels {
    /** Beyond 9 sigmas on both sides the mass outside is under 1e-19: log mass is 0 in double. */
    private static final double NEGLIGIBLE_TAIL = 9.0;

    final NumericDistribution distribution;
    final Grid grid;
    final int size;
    /** Observation indices in ascending order of their means (the prior excluded). */
    final int[] order;
    final double[] mean;
    final double[] sigma;
    final double[] logSigma;
    /** log of each kernel's own mass inside the bounds (0 when unbounded). */
    final double[] logMass;
    /**
     * Quantized parameters only (else null): kernels with the same mean and sigma share a class,
     * so a bin probability is computed once per class. With many observations on a grid most
     * kernels repeat (same grid value, sigma at its floor).
     */
    final int[] kernelClass;
    final int classCount;
    /** Internal-space bounds of the kernels (infinite when unbounded). */
    final double lo;
    final double hi;
    /** External-space outer edges of the first and last bins of a quantized parameter. */
    private final double firstBinLow;
    private final double lastBinHigh;

    /** Kernels with hyperopt's bandwidths ({@link BandwidthRule#TPE}). */
    public Kernels(NumericDistribution distribution, double[] values, Truncation truncation, GridAnchor anchor) {
        this(distribution, values, truncation, anchor, BandwidthRule.TPE);
    }

    /** @param values observations in external space, oldest first */
    public Kernels(NumericDistribution distribution, double[] values, Truncation truncation, GridAnchor anchor,
                   BandwidthRule rule) {
        this(distribution, values, truncation, anchor, rule, 0);
    }

    /**
     * As above; with {@link BandwidthRule#ENDPOINTS}, the minimum bandwidth is range / min(100, c + 2)
     * with c the larger of {@code clipCount} and the number of values.
     */
    public Kernels(NumericDistribution distribution, double[] values, Truncation truncation, GridAnchor anchor,
                   BandwidthRule rule, double clipCount) {
        this.distribution = distribution;
        this.grid = distribution.quantized() ? distribution.grid(anchor) : null;
        int n = values.length;
        this.size = n + 1;
        double priorMean = distribution.priorMean();
        double priorSigma = distribution.priorSigma();
        mean = new double[size];
        for (int i = 0; i < n; i++) {
            mean[i] = distribution.toInternal(values[i]);
        }
        double[] observed = java.util.Arrays.copyOf(mean, n);
        order = IndexSort.ascending(observed);
        double[] sigmas = rule == BandwidthRule.ENDPOINTS && distribution.bounded()
                ? Bandwidths.endpointSigmas(observed, order, distribution.toInternal(distribution.low()),
                        distribution.toInternal(distribution.high()), clipCount)
                : Bandwidths.sigmas(observed, order, priorMean, priorSigma);
        sigma = java.util.Arrays.copyOf(sigmas, size);
        mean[n] = priorMean;
        sigma[n] = priorSigma;

        double[] edges = binEdges(distribution, grid, truncation);
        firstBinLow = edges[0];
        lastBinHigh = edges[1];
        lo = distribution.bounded() ? internalEdge(edges[0]) : Double.NEGATIVE_INFINITY;
        hi = distribution.bounded() ? internalEdge(edges[1]) : Double.POSITIVE_INFINITY;
        logSigma = new double[size];
        logMass = new double[size];
        for (int j = 0; j < size; j++) {
            logSigma[j] = Math.log(sigma[j]);
            double za = (lo - mean[j]) / sigma[j];
            double zb = (hi - mean[j]) / sigma[j];
            logMass[j] = za < -NEGLIGIBLE_TAIL && zb > NEGLIGIBLE_TAIL ? 0.0 : NormalMath.logIntervalMass(za, zb);
        }
        if (grid != null) {
            kernelClass = new int[size];
            java.util.Map<Long, Integer> classes = new java.util.HashMap<>();
            java.util.List<double[]> seen = new java.util.ArrayList<>();
            for (int j = 0; j < size; j++) {
                long key = Double.doubleToLongBits(mean[j]) * 31 + Double.doubleToLongBits(sigma[j]);
                Integer c = classes.get(key);
                if (c == null || seen.get(c)[0] != mean[j] || seen.get(c)[1] != sigma[j]) {
                    // A new class (or, rarely, a hash collision: then this kernel gets a class of its own).
                    c = seen.size();
                    seen.add(new double[] {mean[j], sigma[j]});
                    classes.putIfAbsent(key, c);
                }
                kernelClass[j] = c;
            }
            classCount = seen.size();
        } else {
            kernelClass = null;
            classCount = 0;
        }
    }

    /**
     * External outer edges of the first and last bins, or the bounds when continuous. Per-component
     * truncation widens a grid by half a step on each side (Optuna); whole-mixture truncation clips
     * bins to the bounds (hyperopt). A log parameter cannot widen below 0, so its first bin then
     * starts at low.
     */
    private static double[] binEdges(NumericDistribution d, Grid grid, Truncation truncation) {
        if (grid == null) {
            return new double[] {d.low(), d.high()};
        }
        if (!d.bounded()) {
            return new double[] {d.log() ? 0.0 : Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        if (truncation == Truncation.WHOLE_MIXTURE) {
            return new double[] {d.low(), d.high()};
        }
        double first = grid.value(grid.kMin());
        double last = grid.value(grid.kMax());
        double low = first - grid.q() / 2;
        if (d.log() && low <= 0) {
            low = first;
        }
        return new double[] {low, last + grid.q() / 2};
    }

    double internalEdge(double x) {
        if (distribution.log()) {
            return x <= 0 ? Double.NEGATIVE_INFINITY : Math.log(x);
        }
        return x;
    }

    /** Internal-space edges [a, b] of the bin holding a quantized external value. */
    double[] bin(double x) {
        long k = grid.index(x);
        double v = grid.value(k);
        double a = internalEdge(k == grid.kMin() ? firstBinLow : Math.max(v - grid.q() / 2, firstBinLow));
        double b = internalEdge(k == grid.kMax() ? lastBinHigh : Math.min(v + grid.q() / 2, lastBinHigh));
        return new double[] {a, b};
    }

    /** log density (continuous) or log bin mass (quantized) of kernel j at x, untruncated and unweighted. */
    double rawLogKernel(int j, double y, double a, double b) {
        if (grid == null) {
            double z = (y - mean[j]) / sigma[j];
            return -logSigma[j] - 0.5 * z * z - NormalMath.LOG_SQRT_2PI;
        }
        return NormalMath.logIntervalMass((a - mean[j]) / sigma[j], (b - mean[j]) / sigma[j]);
    }

    /**
     * For every kernel j, the log of its own density (or bin mass) at x, normalised inside the
     * bounds: what a multivariate product kernel multiplies across dimensions.
     */
    public void componentLogKernels(double x, double[] out) {
        double y = distribution.toInternal(x);
        double a = 0;
        double b = 0;
        if (grid != null) {
            double[] edges = bin(x);
            a = edges[0];
            b = edges[1];
        }
        for (int j = 0; j < size; j++) {
            out[j] = rawLogKernel(j, y, a, b) - logMass[j];
        }
    }

    /** Prepared query: internal value and bin edges of x, for {@link #logKernel}. */
    double[] query(double x) {
        double y = distribution.toInternal(x);
        if (grid == null) {
            return new double[] {y, y, y};
        }
        double[] edges = bin(x);
        return new double[] {y, edges[0], edges[1]};
    }

    /** log of kernel j's own normalised density (or bin probability) at a prepared query. */
    double logKernel(int j, double[] query) {
        return LogSum.floor(rawLogKernel(j, query[0], query[1], query[2]) - logMass[j]);
    }

    /** An upper bound of {@link #logKernel} over all kernels and queries. */
    double maxLogKernel() {
        if (grid != null) {
            return 0.0; // a bin's probability under a kernel truncated to a range holding the bin
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < size; j++) {
            max = Math.max(max, -logSigma[j] - NormalMath.LOG_SQRT_2PI - logMass[j]);
        }
        return max;
    }

    boolean quantized() {
        return grid != null;
    }

    /** Draws from kernel j alone, truncated to the bounds, and returns an external value. */
    public double sample(int j, SplittableRandom rng) {
        return toExternal(NormalMath.sampleTruncated(rng.nextDouble(), mean[j], sigma[j], lo, hi));
    }

    double toExternal(double y) {
        double x = distribution.fromInternal(y);
        if (grid != null) {
            return grid.snap(x);
        }
        return distribution.bounded() ? Math.max(distribution.low(), Math.min(distribution.high(), x)) : x;
    }

    public int size() {
        return size;
    }
}
