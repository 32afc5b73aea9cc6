package io.parzen.trainer.data.pixels;

import java.util.List;

/**
 * A minibatch as plain arrays, ready to wrap as tensors without copying again.
 *
 * @param images {@code n x channels x height x width} floats in [0, 1] (NCHW)
 * @param labels {@code n x height x width} class indices 0, 1, 2
 */
public record TileBatch(float[] images, byte[] labels, int n, int channels, int height, int width) {

    public TileBatch {
        if (images.length != n * channels * height * width || labels.length != n * height * width) {
            throw new IllegalArgumentException("batch arrays do not match " + n + "x" + channels + "x" + height + "x" + width);
        }
    }

    /** Packs tiles of equal shape into one batch, in list order. */
    public static TileBatch of(List<Tile> tiles) {
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one tile");
        }
        int c = tiles.get(0).channels();
        int s = tiles.get(0).size();
        float[] images = new float[tiles.size() * c * s * s];
        byte[] labels = new byte[tiles.size() * s * s];
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            if (t.channels() != c || t.size() != s) {
                throw new IllegalArgumentException("tile " + i + " is " + t.channels() + "x" + t.size()
                        + ", the first is " + c + "x" + s);
            }
            System.arraycopy(t.image(), 0, images, i * c * s * s, c * s * s);
            System.arraycopy(t.mask(), 0, labels, i * s * s, s * s);
        }
        return new TileBatch(images, labels, tiles.size(), c, s, s);
    }
}
