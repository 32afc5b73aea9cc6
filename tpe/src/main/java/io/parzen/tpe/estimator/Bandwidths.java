package io.parzen.tpe.estimator;

/**
 * The neighbour-gap bandwidth rule shared by the univariate and multivariate estimators.
 *
 * <p>The observations are sorted with the prior mean inserted at its left insertion point; each
 * point's sigma is the larger gap to its neighbours (ends: the gap to their only neighbour), one
 * lone observation gets half the prior sigma, every sigma is clipped to
 * [priorSigma / min(100, n + 2), priorSigma], and the prior itself gets priorSigma.
 */
public final class Bandwidths {
    private Bandwidths() {}

    /** Sigmas of the observations, returned in the order of {@code values}. */
    public static double[] sigmas(double[] values, double priorMean, double priorSigma) {
        return sigmas(values, IndexSort.ascending(values), priorMean, priorSigma);
    }

    /** As {@link #sigmas(double[], double, double)}, with the ascending order of the values already known. */
    static double[] sigmas(double[] values, int[] order, double priorMean, double priorSigma) {
        int n = values.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double minSigma = priorSigma / Math.min(100.0, n + 2.0);
        if (n == 1) {
            out[0] = clip(0.5 * priorSigma, minSigma, priorSigma);
            return out;
        }
        // Sorted points with the prior inserted: position p holds observation order[p] for p < insert,
        // the prior at insert, and order[p - 1] after it.
        int insert = 0;
        while (insert < n && values[order[insert]] < priorMean) {
            insert++;
        }
        double[] points = new double[n + 1];
        for (int p = 0, i = 0; p <= n; p++) {
            points[p] = p == insert ? priorMean : values[order[i++]];
        }
        for (int p = 0, i = 0; p <= n; p++) {
            if (p == insert) {
                continue;
            }
            double left = p > 0 ? points[p] - points[p - 1] : Double.NEGATIVE_INFINITY;
            double right = p < n ? points[p + 1] - points[p] : Double.NEGATIVE_INFINITY;
            out[order[i++]] = clip(Math.max(left, right), minSigma, priorSigma);
        }
        return out;
    }

    /**
     * The neighbour-gap rule with the bounds as the outer neighbours: each point's sigma is the
     * larger gap to its neighbours, except that the lowest and highest points (when there are two
     * or more) take the gap to their inner neighbour only; one lone point takes the larger distance
     * to a bound. Clipped to [range / min(100, c + 2), range], where c is {@code clipCount} when
     * larger than n (the sharpened l(x), docs/tpe.md), else n.
     */
    static double[] endpointSigmas(double[] values, int[] order, double low, double high, double clipCount) {
        int n = values.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double range = high - low;
        double minSigma = range / Math.min(100.0, Math.max(n, clipCount) + 2.0);
        if (n == 1) {
            out[0] = clip(Math.max(values[0] - low, high - values[0]), minSigma, range);
            return out;
        }
        for (int p = 0; p < n; p++) {
            double here = values[order[p]];
            double left = p > 0 ? here - values[order[p - 1]] : Double.NEGATIVE_INFINITY;
            double right = p < n - 1 ? values[order[p + 1]] - here : Double.NEGATIVE_INFINITY;
            out[order[p]] = clip(Math.max(left, right), minSigma, range);
        }
        return out;
    }

    private static double clip(double sigma, double min, double max) {
        return Math.max(min, Math.min(max, sigma));
    }
}
