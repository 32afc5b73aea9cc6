package io.parzen.trainer.nn;

import java.nio.FloatBuffer;

/**
 * Training-mode batch statistics of an NCHW float tensor: the mean and the biased variance of each
 * channel over {@code N*H*W} values, in two passes (the mean, then the squared deviations from it, which
 * stays accurate when the mean is large against the spread). Replaces libnd4j's {@code moments} op,
 * whose mean is a single-threaded strided reduction (9% of a small U-Net's step at two threads).
 */
final class BatchNormStatistics implements ChannelTask {

    private final FloatBuffer x;
    private final int batch;
    private final int channels;
    private final int plane;
    /** Outputs, per channel. */
    final float[] mean;
    final float[] var;

    /** @param x c-order {@code [batch, channels, H, W]} from index 0, {@code plane = H*W} */
    BatchNormStatistics(FloatBuffer x, int batch, int channels, int plane) {
        long size = (long) batch * channels * plane;
        if (x.capacity() < size) {
            throw new IllegalArgumentException("the buffer holds " + x.capacity() + " values, fewer than " + size);
        }
        this.x = x;
        this.batch = batch;
        this.channels = channels;
        this.plane = plane;
        this.mean = new float[channels];
        this.var = new float[channels];
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public void run(int from, int to) {
        float[] xs = new float[plane];
        double count = (double) batch * plane;
        for (int c = from; c < to; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                x.get((n * channels + c) * plane, xs);
                sum += PlaneLoops.sum(xs);
            }
            float m = (float) (sum / count);
            double squares = 0;
            for (int n = 0; n < batch; n++) {
                x.get((n * channels + c) * plane, xs);
                squares += PlaneLoops.centredSquares(xs, m);
            }
            mean[c] = m;
            var[c] = (float) (squares / count);
        }
    }
}
