package io.parzen.trainer.data.pixels;

/**
 * A whole validation image as the network sees it at inference: its pixels zero-padded at the right
 * and bottom to a multiple of the U-Net's size step (2^depth), and its mask at its own size.
 * Predicting whole images leaves no crop seams in the prediction: a building across two crops
 * would otherwise be split where each crop's prediction fades at its zero-padded edge.
 *
 * @param image {@code channels x paddedHeight x paddedWidth} floats (CHW), zero in the padding
 * @param mask {@code height x width} class indices, row-major
 */
public record WholeImage(String id, float[] image, byte[] mask, int channels, int width, int height,
                         int paddedWidth, int paddedHeight) {

    public WholeImage {
        if (image.length != channels * paddedWidth * paddedHeight || mask.length != width * height
                || paddedWidth < width || paddedHeight < height) {
            throw new IllegalArgumentException(id + ": arrays do not match " + channels + "x" + height + "x" + width
                    + " padded to " + paddedHeight + "x" + paddedWidth);
        }
    }

    /** {@code img} padded to multiples of {@code step} pixels. */
    public static WholeImage of(LabeledImage img, int step) {
        int w = img.width();
        int h = img.height();
        int pw = roundUp(w, step);
        int ph = roundUp(h, step);
        int c = img.channels();
        float[] image = new float[c * pw * ph];
        for (int b = 0; b < c; b++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(img.image(), (b * h + y) * w, image, (b * ph + y) * pw, w);
            }
        }
        return new WholeImage(img.id(), image, img.mask(), c, w, h, pw, ph);
    }

    /** A tile taken as the whole image (the resize tiling: one tile per image). */
    public static WholeImage of(Tile tile) {
        return new WholeImage(tile.imageId(), tile.image(), tile.mask(), tile.channels(), tile.size(), tile.size(),
                tile.size(), tile.size());
    }

    /**
     * The {@code classes} planes of a network output over the padded image ({@code classes x
     * paddedHeight x paddedWidth}), cut back to the image ({@code classes x height x width}).
     */
    public float[] unpad(float[] planes, int classes) {
        if (planes.length != classes * paddedWidth * paddedHeight) {
            throw new IllegalArgumentException("expected " + classes + "x" + paddedHeight + "x" + paddedWidth
                    + " values, got " + planes.length);
        }
        if (paddedWidth == width && paddedHeight == height) {
            return planes;
        }
        float[] out = new float[classes * width * height];
        for (int c = 0; c < classes; c++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(planes, (c * paddedHeight + y) * paddedWidth, out, (c * height + y) * width, width);
            }
        }
        return out;
    }

    /** The {@code size x size} square of a {@code width x height} mask at ({@code x}, {@code y}); outside is 0. */
    public byte[] cut(byte[] wholeMask, int x, int y, int size) {
        byte[] out = new byte[size * size];
        int w = Math.min(size, width - x);
        for (int row = 0; row < size && y + row < height; row++) {
            System.arraycopy(wholeMask, (y + row) * width + x, out, row * size, w);
        }
        return out;
    }

    private static int roundUp(int length, int step) {
        return (length + step - 1) / step * step;
    }
}
