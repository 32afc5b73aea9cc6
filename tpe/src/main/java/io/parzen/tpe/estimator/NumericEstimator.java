package io.parzen.tpe.estimator;

import io.parzen.tpe.math.LogSum;
import io.parzen.tpe.math.NormalMath;
import io.parzen.tpe.space.Grid;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A one-dimensional Parzen estimator: a weighted mixture of Gaussian kernels in internal space,
 * one per observation plus the prior, truncated to the bounds, with bin masses for quantized
 * parameters. Values passed in and out are in the parameter's own (external) space.
 */
public final class NumericEstimator {
    private static final int MAX_REJECTIONS = 1000;

    private final NumericDistribution distribution;
    private final Truncation truncation;
    private final Grid grid;
    private final int size;
    private final double[] mean;
    private final double[] sigma;
    private final double[] weight;
    private final double[] cumulative;
    private final double[] logWeight;
    /** log of each kernel's own mass inside the bounds (0 when unbounded). */
    private final double[] logMass;
    /** The per-component constant of the mixture's log density: log weight, less log mass when truncated per component. */
    private final double[] logScale;
    private final double[] logSigma;
    private final double logMixtureMass;
    /** Internal-space bounds of the kernels (infinite when unbounded). */
    private final double lo;
    private final double hi;
    /** External-space outer edges of the first and last bins of a quantized parameter. */
    private final double firstBinLow;
    private final double lastBinHigh;
    private final double[] scratch;

    /**
     * @param values observations in external space, oldest first
     * @param priorWeight weight of the prior kernel before normalisation
     */
    public NumericEstimator(NumericDistribution distribution, double[] values, double priorWeight,
                            Truncation truncation, GridAnchor anchor) {
        this.distribution = distribution;
        this.truncation = truncation;
        this.grid = distribution.quantized() ? distribution.grid(anchor) : null;
        int n = values.length;
        this.size = n + 1;
        double priorMean = distribution.priorMean();
        double priorSigma = distribution.priorSigma();
        double[] internal = new double[n];
        for (int i = 0; i < n; i++) {
            internal[i] = distribution.toInternal(values[i]);
        }
        double[] sigmas = Bandwidths.sigmas(internal, priorMean, priorSigma);
        double[] forgetting = ForgettingWeights.of(n);
        mean = new double[size];
        sigma = new double[size];
        weight = new double[size];
        double total = priorWeight;
        for (int i = 0; i < n; i++) {
            mean[i] = internal[i];
            sigma[i] = sigmas[i];
            weight[i] = forgetting[i];
            total += forgetting[i];
        }
        mean[n] = priorMean;
        sigma[n] = priorSigma;
        weight[n] = priorWeight;
        cumulative = new double[size];
        double running = 0;
        for (int j = 0; j < size; j++) {
            weight[j] /= total;
            running += weight[j];
            cumulative[j] = running;
        }

        double[] edges = binEdges(distribution, grid, truncation);
        firstBinLow = edges[0];
        lastBinHigh = edges[1];
        lo = distribution.bounded() ? internalEdge(distribution, quantizedOr(edges[0], distribution.low())) : Double.NEGATIVE_INFINITY;
        hi = distribution.bounded() ? internalEdge(distribution, quantizedOr(edges[1], distribution.high())) : Double.POSITIVE_INFINITY;

        logWeight = new double[size];
        logMass = new double[size];
        logScale = new double[size];
        logSigma = new double[size];
        double[] massTerms = new double[size];
        for (int j = 0; j < size; j++) {
            logSigma[j] = Math.log(sigma[j]);
            logMass[j] = NormalMath.logIntervalMass((lo - mean[j]) / sigma[j], (hi - mean[j]) / sigma[j]);
            logWeight[j] = Math.log(weight[j]);
            massTerms[j] = logWeight[j] + logMass[j];
            logScale[j] = truncation == Truncation.PER_COMPONENT ? logWeight[j] - logMass[j] : logWeight[j];
        }
        logMixtureMass = truncation == Truncation.WHOLE_MIXTURE ? LogSum.logSumExp(massTerms, size) : 0.0;
        scratch = new double[size];
    }

    private double quantizedOr(double edge, double bound) {
        return grid != null ? edge : bound;
    }

    /**
     * External outer edges of the first and last bins. Per-component truncation widens the range
     * by half a step on each side (Optuna); whole-mixture truncation clips bins to the bounds
     * (hyperopt). A log parameter cannot widen below 0, so its first bin then starts at low.
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

    private static double internalEdge(NumericDistribution d, double x) {
        if (d.log()) {
            return x <= 0 ? Double.NEGATIVE_INFINITY : Math.log(x);
        }
        return x;
    }

    /** log density (continuous) or log bin mass (quantized) of an external value; never NaN or -infinity. */
    public double logDensity(double x) {
        rawLogKernels(x, scratch);
        for (int j = 0; j < size; j++) {
            scratch[j] += logScale[j];
        }
        return LogSum.floor(LogSum.logSumExp(scratch, size) - logMixtureMass);
    }

    /**
     * For every component j, the log of its own kernel at x, normalised inside the bounds and
     * without its weight: what a multivariate product kernel multiplies across dimensions.
     */
    public void componentLogKernels(double x, double[] out) {
        rawLogKernels(x, out);
        for (int j = 0; j < size; j++) {
            out[j] = LogSum.floor(out[j] - logMass[j]);
        }
    }

    /** log density (or bin mass) of each untruncated, unweighted kernel at x. */
    private void rawLogKernels(double x, double[] out) {
        if (grid == null) {
            double y = distribution.toInternal(x);
            for (int j = 0; j < size; j++) {
                double z = (y - mean[j]) / sigma[j];
                out[j] = -logSigma[j] - 0.5 * z * z - NormalMath.LOG_SQRT_2PI;
            }
            return;
        }
        long k = grid.index(x);
        double v = grid.value(k);
        double a = internalEdge(distribution, k == grid.kMin() ? firstBinLow : Math.max(v - grid.q() / 2, firstBinLow));
        double b = internalEdge(distribution, k == grid.kMax() ? lastBinHigh : Math.min(v + grid.q() / 2, lastBinHigh));
        for (int j = 0; j < size; j++) {
            out[j] = NormalMath.logIntervalMass((a - mean[j]) / sigma[j], (b - mean[j]) / sigma[j]);
        }
    }

    /** Draws from component j alone, truncated to the bounds (for multivariate kernels). */
    public double sampleComponent(int j, SplittableRandom rng) {
        return toExternal(NormalMath.sampleTruncated(rng.nextDouble(), mean[j], sigma[j], lo, hi));
    }

    /** Draws one value in external space: on the grid when quantized, inside the bounds when bounded. */
    public double sample(SplittableRandom rng) {
        double y;
        if (truncation == Truncation.WHOLE_MIXTURE && distribution.bounded()) {
            y = sampleByRejection(rng);
        } else {
            int j = pick(rng.nextDouble());
            y = NormalMath.sampleTruncated(rng.nextDouble(), mean[j], sigma[j], lo, hi);
        }
        return toExternal(y);
    }

    private double toExternal(double y) {
        double x = distribution.fromInternal(y);
        if (grid != null) {
            return grid.snap(x);
        }
        return distribution.bounded() ? Math.max(distribution.low(), Math.min(distribution.high(), x)) : x;
    }

    private double sampleByRejection(SplittableRandom rng) {
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            int j = pick(rng.nextDouble());
            double y = mean[j] + sigma[j] * NormalMath.upperQuantile(1 - rng.nextDouble());
            if (y >= lo && y <= hi) {
                return y;
            }
        }
        // Almost no mass inside the bounds: fall back to one truncated kernel rather than loop on.
        int j = pick(rng.nextDouble());
        return NormalMath.sampleTruncated(rng.nextDouble(), mean[j], sigma[j], lo, hi);
    }

    private int pick(double u) {
        double target = u * cumulative[size - 1];
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The kernels sorted by mean (the prior first among equal means), for inspection and tests. */
    public List<Component> components() {
        List<Component> list = new ArrayList<>();
        for (int j = size - 1; j >= 0; j--) {
            list.add(new Component(mean[j], sigma[j], weight[j]));
        }
        list.sort(Comparator.comparingDouble(Component::mean));
        return list;
    }

    public int size() {
        return size;
    }
}
