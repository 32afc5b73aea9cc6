package io.parzen.trainer.stats;

import java.util.Arrays;

/**
 * Shape statistics and a histogram of one parameter array.
 *
 * @param edges bucket edges, ascending, {@code counts.length + 1} of them
 * @param counts values per bucket (the last bucket includes its upper edge)
 * @param mean mean
 * @param std population standard deviation
 * @param skewness third standardised moment (0 for a constant array)
 * @param excessKurtosis fourth standardised moment minus 3 (0 for a normal distribution)
 * @param normalDistance total variation distance between the histogram and the normal distribution
 *     with the same mean and std, over the same buckets (0 = identical, 1 = disjoint)
 */
public record Distribution(double[] edges, long[] counts, double mean, double std, double skewness,
                           double excessKurtosis, double normalDistance) {

    /** Default number of buckets. */
    public static final int BUCKETS = 30;

    /** Statistics of {@code values} with {@code buckets} equal-width buckets from min to max. */
    public static Distribution of(float[] values, int buckets) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        double mean = sum / values.length;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (float v : values) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= values.length;
        m3 /= values.length;
        m4 /= values.length;
        double std = Math.sqrt(m2);
        double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
        double kurt = m2 > 0 ? m4 / (m2 * m2) - 3 : 0;

        if (max == min) {
            double pad = Math.max(Math.abs(min) * 1e-3, 1e-6);
            min -= pad;
            max += pad;
        }
        double[] edges = new double[buckets + 1];
        for (int i = 0; i <= buckets; i++) {
            edges[i] = min + (max - min) * i / buckets;
        }
        long[] counts = new long[buckets];
        double width = (max - min) / buckets;
        for (float v : values) {
            int b = (int) ((v - min) / width);
            counts[Math.max(0, Math.min(buckets - 1, b))]++;
        }
        return new Distribution(edges, counts, mean, std, skew, kurt, normalDistance(edges, counts, mean, std));
    }

    /** Total variation between bucket frequencies and the normal's probability of each bucket (tails included). */
    static double normalDistance(double[] edges, long[] counts, double mean, double std) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (std <= 0) {
            return 1.0;
        }
        double tv = Normal.cdf((edges[0] - mean) / std); // normal mass below the first edge
        for (int i = 0; i < counts.length; i++) {
            double p = Normal.cdf((edges[i + 1] - mean) / std) - Normal.cdf((edges[i] - mean) / std);
            tv += Math.abs((double) counts[i] / n - p);
        }
        tv += 1 - Normal.cdf((edges[edges.length - 1] - mean) / std);
        return Math.min(1.0, tv / 2);
    }

    /**
     * A sorted copy of {@code values}, ascending as {@link Arrays#sort(float[])} orders them (NaN last):
     * the input of {@link #wasserstein1Sorted}.
     */
    public static float[] sorted(float[] values) {
        float[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * Wasserstein-1 (earth mover's) distance between the value distributions of {@code a} and
     * {@code b}, in the values' unit; the order of the values does not matter. Sorts copies: see
     * {@link #wasserstein1Sorted}.
     */
    public static double wasserstein1(float[] a, float[] b) {
        return wasserstein1Sorted(sorted(a), sorted(b));
    }

    /**
     * Wasserstein-1 (earth mover's) distance between the empirical distributions of two sorted
     * arrays: the integral over x of {@code |F_a(x) - F_b(x)|}, where F is the fraction of values
     * {@code <= x}. In the values' unit: 0 for the same multiset of values, {@code |c|} when every
     * value moves by {@code c}. For equal lengths it is {@code mean |a[i] - b[i]|} (the i-th smallest
     * against the i-th smallest); lengths may differ. Exact, O(n + m). NaN when either holds a NaN.
     *
     * @throws IllegalArgumentException when an array is empty or not ascending (NaN must be last)
     */
    public static double wasserstein1Sorted(float[] a, float[] b) {
        requireSorted("a", a);
        requireSorted("b", b);
        if (Float.isNaN(a[a.length - 1]) || Float.isNaN(b[b.length - 1])) {
            return Double.NaN;
        }
        if (a.length == b.length) {
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += Math.abs((double) a[i] - b[i]);
            }
            return sum / a.length;
        }
        // Walk the merged values; between two neighbours both CDFs are constant.
        int i = 0;
        int j = 0;
        double x = Math.min(a[0], b[0]);
        double sum = 0;
        while (i < a.length || j < b.length) {
            boolean fromA = j == b.length || (i < a.length && a[i] <= b[j]);
            double next = fromA ? a[i] : b[j];
            sum += Math.abs((double) i / a.length - (double) j / b.length) * (next - x);
            x = next;
            if (fromA) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static void requireSorted(String name, float[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[i - 1] || (Float.isNaN(v[i - 1]) && !Float.isNaN(v[i]))) {
                throw new IllegalArgumentException(name + " is not sorted at index " + i + ": " + v[i - 1] + " > " + v[i]);
            }
        }
    }

    /** Relative change {@code ||now - before|| / ||before||} (L2); infinite when {@code before} is all zero and {@code now} is not. */
    public static double relativeChange(float[] before, float[] now) {
        if (before.length != now.length) {
            throw new IllegalArgumentException("arrays differ in length: " + before.length + " vs " + now.length);
        }
        double diff = 0;
        double base = 0;
        for (int i = 0; i < now.length; i++) {
            double d = now[i] - before[i];
            diff += d * d;
            base += (double) before[i] * before[i];
        }
        if (base == 0) {
            return diff == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(diff / base);
    }
}
