package io.parzen.trainer.data.pixels;

import io.parzen.trainer.data.geo.Raster16;

/**
 * Per-band contrast stretch of 16-bit imagery to [0, 1], as the SpaceNet winners prepared
 * RGB-PanSharpen tiles: the band's 2nd and 98th percentiles (computed over non-zero pixels, zero being
 * SpaceNet's no-data value) map to 0 and 1, values outside are clipped, no-data pixels become 0.
 *
 * <p>Percentiles interpolate linearly between order statistics, like numpy's default: for sorted
 * non-zero values {@code v[0..n-1]} the p-th percentile is at rank {@code p/100 * (n-1)}. A histogram
 * of the 65536 possible values makes this O(pixels). A band with no spread (all its non-zero values
 * equal) or no data at all becomes all zeros.
 */
public final class PercentileStretch {

    public static final double DEFAULT_LOW = 2;
    public static final double DEFAULT_HIGH = 98;

    private final double low;
    private final double high;

    public PercentileStretch(double lowPercentile, double highPercentile) {
        if (!(0 <= lowPercentile && lowPercentile < highPercentile && highPercentile <= 100)) {
            throw new IllegalArgumentException("need 0 <= low < high <= 100, got " + lowPercentile + ", " + highPercentile);
        }
        this.low = lowPercentile;
        this.high = highPercentile;
    }

    public PercentileStretch() {
        this(DEFAULT_LOW, DEFAULT_HIGH);
    }

    /** The stretched image, band-sequential (CHW) like the raster. */
    public float[] apply(Raster16 raster) {
        int plane = raster.planeSize();
        short[] in = raster.samples();
        float[] out = new float[in.length];
        int[] histogram = new int[65536];
        for (int b = 0; b < raster.bands(); b++) {
            int base = b * plane;
            java.util.Arrays.fill(histogram, 0);
            for (int i = 0; i < plane; i++) {
                histogram[in[base + i] & 0xFFFF]++;
            }
            double[] bounds = bounds(histogram);
            if (bounds == null) {
                continue; // no data or no spread: leave zeros
            }
            float lo = (float) bounds[0];
            float scale = (float) (1.0 / (bounds[1] - bounds[0]));
            for (int i = 0; i < plane; i++) {
                int v = in[base + i] & 0xFFFF;
                float s = v == 0 ? 0f : (v - lo) * scale;
                out[base + i] = s < 0f ? 0f : Math.min(s, 1f);
            }
        }
        return out;
    }

    /** {lowValue, highValue} of a histogram (bin 0 ignored), or null when they coincide. */
    double[] bounds(int[] histogram) {
        long n = 0;
        for (int v = 1; v < histogram.length; v++) {
            n += histogram[v];
        }
        if (n == 0) {
            return null;
        }
        double lo = percentile(histogram, n, low);
        double hi = percentile(histogram, n, high);
        return hi > lo ? new double[] {lo, hi} : null;
    }

    private static double percentile(int[] histogram, long n, double p) {
        double rank = p / 100 * (n - 1);
        long below = (long) Math.floor(rank);
        double frac = rank - below;
        int a = valueAtRank(histogram, below);
        int b = frac > 0 ? valueAtRank(histogram, below + 1) : a;
        return a + frac * (b - a);
    }

    /** The value of the k-th smallest non-zero sample (k from 0). */
    private static int valueAtRank(int[] histogram, long k) {
        long seen = 0;
        for (int v = 1; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen > k) {
                return v;
            }
        }
        throw new IllegalArgumentException("rank " + k + " beyond " + seen + " samples");
    }
}
