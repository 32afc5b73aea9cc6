package io.parzen.tpe.estimator;

import io.parzen.tpe.math.LogSum;
import io.parzen.tpe.math.NormalMath;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A one-dimensional Parzen estimator: a weighted mixture of the {@link Kernels} of one parameter
 * (observations with forgetting weights, plus the prior), truncated to the bounds, with bin masses
 * for quantized parameters. Values passed in and out are in the parameter's own (external) space.
 *
 * <p>Speed: kernels are kept sorted by mean, identical kernels (repeated grid values) are merged,
 * and a density sums only the kernels that can matter: it walks outwards from the query point and
 * stops on each side once no remaining kernel can reach within e^-40 of the largest term. The
 * skipped terms change the result by less than 1e-13 relative, and stay deterministic.
 * Not thread-safe (it keeps a scratch buffer); build one per suggestion.
 */
public final class NumericEstimator {
    private static final int MAX_REJECTIONS = 1000;
    private static final double CUTOFF = 40.0;

    private final Kernels kernels;
    private final Truncation truncation;
    private final int prior;
    /** The observation kernels after sorting by mean and merging identical ones. */
    private final int count;
    private final double[] mean;
    private final double[] sigma;
    private final double[] logSigma;
    private final double[] logScale;
    private final double[] weight;
    /** Largest log-term bound and largest sigma among kernels [0, i] (left) and [i, count) (right). */
    private final double[] boundLeft;
    private final double[] boundRight;
    private final double[] sigmaLeft;
    private final double[] sigmaRight;
    private final double priorLogScale;
    private final double priorWeight;
    private final double[] cumulative;
    private final double logMixtureMass;
    private final double[] scratch;

    /**
     * @param values observations in external space, oldest first
     * @param priorWeight weight of the prior kernel before normalisation
     */
    public NumericEstimator(NumericDistribution distribution, double[] values, double priorWeight,
                            Truncation truncation, GridAnchor anchor) {
        this(distribution, values, priorWeight, truncation, anchor, false);
    }

    /**
     * @param bandwidthWeighted weigh each kernel also by its own bandwidth (sigma), which favours
     *     broad kernels in sparse regions over tight clusters (docs/tpe.md, "bandwidthWeighted")
     */
    public NumericEstimator(NumericDistribution distribution, double[] values, double priorWeight,
                            Truncation truncation, GridAnchor anchor, boolean bandwidthWeighted) {
        this(distribution, values, priorWeight, truncation, anchor, bandwidthWeighted, BandwidthRule.TPE);
    }

    /** @param rule how each kernel's bandwidth follows from its neighbours */
    public NumericEstimator(NumericDistribution distribution, double[] values, double priorWeight,
                            Truncation truncation, GridAnchor anchor, boolean bandwidthWeighted, BandwidthRule rule) {
        this(distribution, values, priorWeight, truncation, anchor, bandwidthWeighted, rule, 0);
    }

    /**
     * @param clipCount with {@link BandwidthRule#ENDPOINTS}, clip the bandwidths as if there were this
     *     many observations when that is more than there are (the sharpened l(x), docs/tpe.md)
     */
    public NumericEstimator(NumericDistribution distribution, double[] values, double priorWeight, Truncation truncation,
                            GridAnchor anchor, boolean bandwidthWeighted, BandwidthRule rule, double clipCount) {
        this.kernels = new Kernels(distribution, values, truncation, anchor, rule, clipCount);
        this.truncation = truncation;
        int n = values.length;
        this.prior = n;
        double[] forgetting = ForgettingWeights.of(n);
        if (bandwidthWeighted) {
            for (int i = 0; i < n; i++) {
                forgetting[i] *= kernels.sigma[i];
            }
            priorWeight *= kernels.sigma[n];
        }
        double total = priorWeight;
        for (double w : forgetting) {
            total += w;
        }
        boolean quantized = kernels.grid != null;
        mean = new double[n];
        sigma = new double[n];
        weight = new double[n];
        double[] logMass = new double[n];
        int m = 0;
        for (int i : kernels.order) {
            double w = forgetting[i] / total;
            if (m > 0 && mean[m - 1] == kernels.mean[i] && sigma[m - 1] == kernels.sigma[i]) {
                weight[m - 1] += w;
            } else {
                mean[m] = kernels.mean[i];
                sigma[m] = kernels.sigma[i];
                logMass[m] = kernels.logMass[i];
                weight[m] = w;
                m++;
            }
        }
        count = m;
        logSigma = new double[count];
        logScale = new double[count];
        double[] massTerms = new double[count + 1];
        double[] bound = new double[count];
        for (int j = 0; j < count; j++) {
            logSigma[j] = Math.log(sigma[j]);
            double logW = Math.log(weight[j]);
            massTerms[j] = logW + logMass[j];
            logScale[j] = truncation == Truncation.PER_COMPONENT ? logW - logMass[j] : logW;
            // A kernel's log term never exceeds its scale (quantized: a mass <= 1) or scale - log sigma - log sqrt(2 pi).
            bound[j] = quantized ? logScale[j] : logScale[j] - logSigma[j] - NormalMath.LOG_SQRT_2PI;
        }
        this.priorWeight = priorWeight / total;
        double priorLogMass = kernels.logMass[prior];
        massTerms[count] = Math.log(this.priorWeight) + priorLogMass;
        priorLogScale = truncation == Truncation.PER_COMPONENT ? Math.log(this.priorWeight) - priorLogMass : Math.log(this.priorWeight);
        logMixtureMass = truncation == Truncation.WHOLE_MIXTURE ? LogSum.logSumExp(massTerms, count + 1) : 0.0;

        boundLeft = new double[count];
        sigmaLeft = new double[count];
        boundRight = new double[count];
        sigmaRight = new double[count];
        for (int j = 0; j < count; j++) {
            boundLeft[j] = j == 0 ? bound[j] : Math.max(boundLeft[j - 1], bound[j]);
            sigmaLeft[j] = j == 0 ? sigma[j] : Math.max(sigmaLeft[j - 1], sigma[j]);
        }
        for (int j = count - 1; j >= 0; j--) {
            boundRight[j] = j == count - 1 ? bound[j] : Math.max(boundRight[j + 1], bound[j]);
            sigmaRight[j] = j == count - 1 ? sigma[j] : Math.max(sigmaRight[j + 1], sigma[j]);
        }
        cumulative = new double[count + 1];
        double running = 0;
        for (int j = 0; j < count; j++) {
            running += weight[j];
            cumulative[j] = running;
        }
        cumulative[count] = running + this.priorWeight;
        scratch = new double[count + 1];
    }

    /** log density (continuous) or log bin mass (quantized) of an external value; never NaN or -infinity. */
    public double logDensity(double x) {
        double y = kernels.distribution.toInternal(x);
        double a = y;
        double b = y;
        if (kernels.grid != null) {
            double[] edges = kernels.bin(x);
            a = edges[0];
            b = edges[1];
        }
        int terms = 0;
        scratch[terms++] = priorLogScale + kernels.rawLogKernel(prior, y, a, b);
        double max = scratch[0];
        // Walk outwards from the query, nearer side first, while the remaining kernels can still matter.
        int right = lowerBound(a);
        int left = right - 1;
        while (left >= 0 || right < count) {
            boolean leftAlive = left >= 0 && reach(boundLeft[left], a - mean[left], sigmaLeft[left]) > max - CUTOFF;
            boolean rightAlive = right < count && reach(boundRight[right], mean[right] - b, sigmaRight[right]) > max - CUTOFF;
            if (!leftAlive && !rightAlive) {
                break;
            }
            int j;
            if (leftAlive && (!rightAlive || a - mean[left] <= mean[right] - b)) {
                j = left--;
            } else {
                j = right++;
            }
            double t = logScale[j] + term(j, y, a, b);
            scratch[terms++] = t;
            if (t > max) {
                max = t;
            }
        }
        return LogSum.floor(LogSum.logSumExp(scratch, terms) - logMixtureMass);
    }

    /** Upper bound of the log term of any kernel at least {@code distance} away, given the largest bound and sigma there. */
    private static double reach(double bound, double distance, double sigmaMax) {
        if (distance <= 0) {
            return bound;
        }
        double z = distance / sigmaMax;
        return bound - 0.5 * z * z;
    }

    private double term(int j, double y, double a, double b) {
        if (kernels.grid == null) {
            double z = (y - mean[j]) / sigma[j];
            return -logSigma[j] - 0.5 * z * z - NormalMath.LOG_SQRT_2PI;
        }
        return NormalMath.logIntervalMass((a - mean[j]) / sigma[j], (b - mean[j]) / sigma[j]);
    }

    /** First sorted kernel with mean >= v. */
    private int lowerBound(double v) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mean[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Draws one value in external space: on the grid when quantized, inside the bounds when bounded. */
    public double sample(SplittableRandom rng) {
        if (truncation == Truncation.WHOLE_MIXTURE && kernels.distribution.bounded()) {
            return kernels.toExternal(sampleByRejection(rng));
        }
        int j = pick(rng.nextDouble());
        return kernels.toExternal(NormalMath.sampleTruncated(rng.nextDouble(), meanOf(j), sigmaOf(j), kernels.lo, kernels.hi));
    }

    private double sampleByRejection(SplittableRandom rng) {
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            int j = pick(rng.nextDouble());
            double y = meanOf(j) + sigmaOf(j) * NormalMath.upperQuantile(1 - rng.nextDouble());
            if (y >= kernels.lo && y <= kernels.hi) {
                return y;
            }
        }
        // Almost no mass inside the bounds: fall back to one truncated kernel rather than loop on.
        int j = pick(rng.nextDouble());
        return NormalMath.sampleTruncated(rng.nextDouble(), meanOf(j), sigmaOf(j), kernels.lo, kernels.hi);
    }

    private double meanOf(int j) {
        return j == count ? kernels.mean[prior] : mean[j];
    }

    private double sigmaOf(int j) {
        return j == count ? kernels.sigma[prior] : sigma[j];
    }

    /** Component index for a uniform u; count means the prior. */
    private int pick(double u) {
        return CumulativeWeights.pick(cumulative, u);
    }

    /** The kernels sorted by mean (the prior first among equal means), for inspection and tests. */
    public List<Component> components() {
        List<Component> list = new ArrayList<>();
        boolean priorPlaced = false;
        for (int j = 0; j < count; j++) {
            if (!priorPlaced && kernels.mean[prior] <= mean[j]) {
                list.add(new Component(kernels.mean[prior], kernels.sigma[prior], priorWeight));
                priorPlaced = true;
            }
            list.add(new Component(mean[j], sigma[j], weight[j]));
        }
        if (!priorPlaced) {
            list.add(new Component(kernels.mean[prior], kernels.sigma[prior], priorWeight));
        }
        return list;
    }
}
