package io.parzen.trainer.data.pixels;

import java.util.Random;

/**
 * The eight symmetries of a square tile (quarter turns and mirror images), applied in place to the
 * tiles of a batch. Overhead imagery has no "up": a building seen turned or mirrored is still a
 * building, so each training tile drawn in one of the eight poses multiplies the data the net sees
 * without changing what the labels mean.
 *
 * <p>Transform {@code k} (0..7): {@code k % 4} quarter turns counter-clockwise (numpy's
 * {@code rot90} on the height and width axes), then, for {@code k >= 4}, a left-right mirror.
 * Transform 0 is the identity.
 */
public final class Dihedral {

    /** Number of transforms. */
    public static final int COUNT = 8;

    private Dihedral() {}

    /** Row-major index, in a {@code size x size} plane, of the pixel that transform {@code k} moves to (row, col). */
    static int source(int k, int size, int row, int col) {
        int c = k >= 4 ? size - 1 - col : col;
        int last = size - 1;
        return switch (k % 4) {
            case 0 -> row * size + c;
            case 1 -> c * size + (last - row);
            case 2 -> (last - row) * size + (last - c);
            default -> (last - c) * size + row;
        };
    }

    /** Applies transform {@code k} to every plane of tile {@code i} of {@code batch}, in place. */
    public static void apply(TileBatch batch, int i, int k) {
        if (k < 0 || k >= COUNT) {
            throw new IllegalArgumentException("transform must be in 0..7, got " + k);
        }
        if (batch.height() != batch.width()) {
            throw new IllegalArgumentException("tiles must be square, got " + batch.height() + "x" + batch.width());
        }
        if (k == 0) {
            return;
        }
        int size = batch.width();
        int plane = size * size;
        int[] from = new int[plane];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                from[row * size + col] = source(k, size, row, col);
            }
        }
        float[] image = new float[plane];
        for (int ch = 0; ch < batch.channels(); ch++) {
            int offset = (i * batch.channels() + ch) * plane;
            System.arraycopy(batch.images(), offset, image, 0, plane);
            for (int p = 0; p < plane; p++) {
                batch.images()[offset + p] = image[from[p]];
            }
        }
        byte[] mask = new byte[plane];
        int offset = i * plane;
        System.arraycopy(batch.labels(), offset, mask, 0, plane);
        for (int p = 0; p < plane; p++) {
            batch.labels()[offset + p] = mask[from[p]];
        }
    }

    /** Gives every tile of {@code batch} a transform drawn uniformly from the eight, in place; returns them. */
    public static int[] randomize(TileBatch batch, Random random) {
        int[] drawn = new int[batch.n()];
        for (int i = 0; i < batch.n(); i++) {
            drawn[i] = random.nextInt(COUNT);
            apply(batch, i, drawn[i]);
        }
        return drawn;
    }
}
