package io.parzen.tpe.math;

/** Log-space sums. */
public final class LogSum {
    /** A very unlikely but finite log-density: the floor for anything that would be -infinity or NaN. */
    public static final double FLOOR = -1e300;

    private LogSum() {}

    /** log(sum(exp(terms[0..n)))) without overflow; -infinity for no finite term. */
    public static double logSumExp(double[] terms, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (terms[i] > max) {
                max = terms[i];
            }
        }
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(terms[i] - max);
        }
        return max + Math.log(sum);
    }

    /** Replaces NaN and values below {@link #FLOOR} (including -infinity) by the floor. */
    public static double floor(double logValue) {
        return logValue >= FLOOR ? logValue : FLOOR;
    }
}
