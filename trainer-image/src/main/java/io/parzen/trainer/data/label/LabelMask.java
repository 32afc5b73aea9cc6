package io.parzen.trainer.data.label;

/**
 * A 3-class segmentation mask, row-major, one byte per pixel: {@link #BACKGROUND}, {@link #BUILDING}
 * (interior) or {@link #BORDER} (the ring straddling a footprint's edge).
 */
public record LabelMask(int width, int height, byte[] classes, MaskStats stats) {

    public static final byte BACKGROUND = 0;
    public static final byte BUILDING = 1;
    public static final byte BORDER = 2;
    public static final int CLASSES = 3;

    public LabelMask {
        if (classes.length != width * height) {
            throw new IllegalArgumentException("mask of " + width + "x" + height + " needs " + width * height
                    + " values, got " + classes.length);
        }
    }

    /** The class at a pixel. */
    public int at(int col, int row) {
        return classes[row * width + col];
    }

    /** Pixels per class, indexed by class. */
    public long[] histogram() {
        long[] counts = new long[CLASSES];
        for (byte c : classes) {
            counts[c]++;
        }
        return counts;
    }
}
