package io.parzen.trainer.nn;

import java.nio.FloatBuffer;

/**
 * The layout of a c-order NCHW float tensor as the Java batch-norm passes walk it: {@code batch x
 * channels} planes of {@code plane = H*W} contiguous values.
 */
record NchwShape(int batch, int channels, int plane) {

    /** The shape of a rank-4 NCHW array's {@code shape()}; its size must fit an int. */
    static NchwShape of(long[] shape) {
        return new NchwShape((int) shape[0], (int) shape[1], (int) (shape[2] * shape[3]));
    }

    /** How many values the tensor holds. */
    long size() {
        return (long) batch * channels * plane;
    }

    /** Where the plane of example {@code n}, channel {@code c} starts. */
    int offset(int n, int c) {
        return (n * channels + c) * plane;
    }

    /** {@code buffer}, once checked to hold the whole tensor ({@code what} names it in the error). */
    FloatBuffer checked(FloatBuffer buffer, String what) {
        if (buffer.capacity() < size()) {
            throw new IllegalArgumentException("the " + what + " buffer holds " + buffer.capacity()
                    + " values, fewer than " + size());
        }
        return buffer;
    }
}
