package io.parzen.trainer.nn;

import java.nio.FloatBuffer;

/**
 * The backward pass of training-mode batch normalisation over an NCHW float tensor, in two fused passes.
 *
 * <p>With {@code M = N*H*W} values per channel, {@code s = 1/sqrt(var + eps)} and
 * {@code xhat = (x - mean) * s}: {@code dBeta = sum(dy)}, {@code dGamma = sum(dy * xhat)} and
 * {@code dx = gamma * s * (dy - dBeta / M - xhat * dGamma / M)}, which is {@code a*dy + b*x + c} per
 * channel. The first pass reads {@code x} and {@code dy} once for both sums, the second writes
 * {@code dx}. libnd4j's {@code batchnorm_bp} does the same with a oneDNN kernel and then six generic
 * broadcasts and reductions, single-threaded, which made it 17% of a small U-Net's training step.
 *
 * <p>Planes of {@code H*W} values are copied into Java arrays so that the loops vectorise. Each call
 * works on a range of channels, so that callers can split the channels among threads.
 */
final class BatchNormBackward implements ChannelTask {

    private final FloatBuffer x;
    private final FloatBuffer dy;
    private final FloatBuffer dx;
    private final NchwShape shape;
    private final float[] mean;
    private final float[] var;
    private final float[] gamma;
    private final double eps;
    /** Outputs, per channel. */
    final float[] dGamma;
    final float[] dBeta;

    /**
     * @param x the layer's input, laid out as {@code shape} says, from index 0
     * @param dy the gradient at the layer's output, same layout
     * @param dx where the gradient at the input goes, same layout
     * @param gamma the scale per channel, or null for 1
     */
    BatchNormBackward(FloatBuffer x, FloatBuffer dy, FloatBuffer dx, NchwShape shape,
            float[] mean, float[] var, float[] gamma, double eps) {
        this.x = shape.checked(x, "input");
        this.dy = shape.checked(dy, "output gradient");
        this.dx = shape.checked(dx, "input gradient");
        this.shape = shape;
        this.mean = mean;
        this.var = var;
        this.gamma = gamma;
        this.eps = eps;
        this.dGamma = new float[shape.channels()];
        this.dBeta = new float[shape.channels()];
    }

    @Override
    public NchwShape shape() {
        return shape;
    }

    /** Both passes for channels {@code from} (inclusive) to {@code to} (exclusive). */
    @Override
    public void run(int from, int to) {
        float[] xs = new float[shape.plane()];
        float[] ds = new float[shape.plane()];
        for (int c = from; c < to; c++) {
            double s = 1.0 / Math.sqrt(var[c] + eps);
            float m = mean[c];
            double sumDy = 0;
            double sumDyXc = 0;
            for (int n = 0; n < shape.batch(); n++) {
                int at = shape.offset(n, c);
                x.get(at, xs);
                dy.get(at, ds);
                sumDy += PlaneLoops.sum(ds);
                sumDyXc += PlaneLoops.centredDot(ds, xs, m);
            }
            double g = gamma == null ? 1.0 : gamma[c];
            double count = (double) shape.batch() * shape.plane();
            double dGammaC = sumDyXc * s;
            dBeta[c] = (float) sumDy;
            dGamma[c] = (float) dGammaC;
            // dx = a*dy + b*(x - mean) + c0 = a*dy + b*x + (c0 - b*mean)
            float a = (float) (g * s);
            double b = -g * s * s * dGammaC / count;
            float offset = (float) (-g * s * sumDy / count - b * m);
            for (int n = 0; n < shape.batch(); n++) {
                int at = shape.offset(n, c);
                x.get(at, xs);
                dy.get(at, ds);
                affine(ds, xs, a, (float) b, offset);
                dx.put(at, ds);
            }
        }
    }

    /** {@code d[i] = a*d[i] + b*x[i] + c}, in place. */
    private static void affine(float[] d, float[] x, float a, float b, float c) {
        for (int i = 0; i < d.length; i++) {
            d[i] = a * d[i] + b * x[i] + c;
        }
    }
}
