package io.parzen.trainer.data.pixels;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts or resizes a whole image into the network's square tiles.
 *
 * <p>{@link Mode#CROP} (the default) keeps full resolution: a grid of {@code ceil(L / size)} tiles per
 * axis whose offsets are spread evenly from 0 to {@code L - size}, so every pixel is covered and
 * neighbouring tiles overlap by the minimum (650 px at size 256: offsets 0, 197, 394, nine tiles).
 * This is what segmentation users expect: a 0.3 m pixel stays a 0.3 m pixel, small buildings and the
 * 5 px border ring keep their size, and prediction on a full tile works the same way. An image
 * smaller than the tile is zero-padded (pixels 0, mask background) at the right and bottom.
 *
 * <p>{@link Mode#RESIZE} scales the whole image to one tile (images by area averaging, masks by
 * nearest pixel centre): fewer, blurrier examples; useful for fast CPU runs on small tiles.
 */
public final class Tiler {

    /** How an image becomes tiles. */
    public enum Mode { CROP, RESIZE }

    public static final int DEFAULT_SIZE = 256;

    private final int size;
    private final Mode mode;

    public Tiler(int size, Mode mode) {
        if (size <= 0) {
            throw new IllegalArgumentException("tile size must be positive, got " + size);
        }
        this.size = size;
        this.mode = mode;
    }

    public int size() {
        return size;
    }

    /** The tiles of one image, row by row. */
    public List<Tile> tiles(LabeledImage img) {
        if (mode == Mode.RESIZE) {
            return List.of(resize(img));
        }
        List<Tile> out = new ArrayList<>();
        for (int y : offsets(img.height(), size)) {
            for (int x : offsets(img.width(), size)) {
                out.add(crop(img, x, y));
            }
        }
        return out;
    }

    /** How many tiles {@link #tiles} makes of an image of this size. */
    public int count(int width, int height) {
        return mode == Mode.RESIZE ? 1 : offsets(height, size).length * offsets(width, size).length;
    }

    /** Evenly spread tile offsets along an axis of {@code length} pixels. */
    static int[] offsets(int length, int size) {
        int n = Math.max(1, (length + size - 1) / size);
        int[] at = new int[n];
        for (int i = 1; i < n; i++) {
            at[i] = (int) Math.round((double) i * (length - size) / (n - 1));
        }
        return at;
    }

    private Tile crop(LabeledImage img, int x0, int y0) {
        int c = img.channels();
        int w = Math.min(size, img.width() - x0);
        int h = Math.min(size, img.height() - y0);
        float[] image = new float[c * size * size];
        byte[] mask = new byte[size * size];
        for (int y = 0; y < h; y++) {
            int src = (y0 + y) * img.width() + x0;
            System.arraycopy(img.mask(), src, mask, y * size, w);
            for (int b = 0; b < c; b++) {
                System.arraycopy(img.image(), b * img.width() * img.height() + src, image, (b * size + y) * size, w);
            }
        }
        return new Tile(image, mask, c, size, img.id(), x0, y0);
    }

    private Tile resize(LabeledImage img) {
        int c = img.channels();
        int w = img.width();
        int h = img.height();
        float[] image = new float[c * size * size];
        for (int b = 0; b < c; b++) {
            Resample.area(img.image(), b * w * h, w, h, image, b * size * size, size, size);
        }
        byte[] mask = new byte[size * size];
        for (int y = 0; y < size; y++) {
            int sy = (int) ((y + 0.5) * h / size);
            for (int x = 0; x < size; x++) {
                mask[y * size + x] = img.mask()[sy * w + (int) ((x + 0.5) * w / size)];
            }
        }
        return new Tile(image, mask, c, size, img.id(), 0, 0);
    }
}
