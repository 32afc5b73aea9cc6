package io.parzen.trainer.eval;

/**
 * The training objective computed outside the network, for validation: weighted cross-entropy per
 * pixel, {@code -w[y] * ln p[y]} averaged over pixels (not normalised by the weights), the same
 * quantity as the loss layer's score divided by the pixels of a tile. Also the argmax prediction.
 */
public final class PixelLoss {

    /** Probabilities are clipped here before the logarithm, as DL4J's MCXENT does. */
    public static final double MIN_PROBABILITY = 1e-10;

    private PixelLoss() {}

    /**
     * Sum of the weighted per-pixel losses of a batch.
     *
     * @param probabilities NCHW softmax output, {@code n x classes x h x w}
     * @param labels {@code n x h x w} class indices
     */
    public static double sum(float[] probabilities, byte[] labels, double[] weights, int n, int classes, int pixels) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < pixels; p++) {
                int y = labels[i * pixels + p];
                double prob = probabilities[(i * classes + y) * pixels + p];
                total -= weights[y] * Math.log(Math.max(prob, MIN_PROBABILITY));
            }
        }
        return total;
    }

    /** The most probable class of every pixel of tile {@code i}, row-major. */
    public static byte[] argmax(float[] probabilities, int i, int classes, int pixels) {
        byte[] out = new byte[pixels];
        int base = i * classes * pixels;
        for (int p = 0; p < pixels; p++) {
            int best = 0;
            float bestValue = probabilities[base + p];
            for (int c = 1; c < classes; c++) {
                float v = probabilities[base + c * pixels + p];
                if (v > bestValue) {
                    best = c;
                    bestValue = v;
                }
            }
            out[p] = (byte) best;
        }
        return out;
    }
}
