package io.parzen.trainer.data.pixels;

/**
 * Area-averaging resampling of one float plane: each output pixel is the mean of the source area it
 * covers, with fractional weights at the edges (what OpenCV calls INTER_AREA), so downscaling does not
 * alias. Separable: rows first, then columns.
 */
final class Resample {

    private Resample() {}

    static void area(float[] src, int srcOff, int w, int h, float[] dst, int dstOff, int tw, int th) {
        float[] rows = new float[h * tw];
        for (int y = 0; y < h; y++) {
            resample1d(src, srcOff + y * w, 1, w, rows, y * tw, 1, tw);
        }
        for (int x = 0; x < tw; x++) {
            resample1d(rows, x, tw, h, dst, dstOff + x, tw, th);
        }
    }

    /** Resamples n values (stride s) into m values (stride t) by area coverage. */
    private static void resample1d(float[] in, int inOff, int s, int n, float[] out, int outOff, int t, int m) {
        double scale = (double) n / m;
        for (int j = 0; j < m; j++) {
            double a = j * scale;
            double b = a + scale;
            double sum = 0;
            for (int i = (int) Math.floor(a); i < Math.min(n, (int) Math.ceil(b)); i++) {
                double overlap = Math.min(b, i + 1) - Math.max(a, i);
                sum += overlap * in[inOff + i * s];
            }
            out[outOff + j * t] = (float) (sum / scale);
        }
    }
}
