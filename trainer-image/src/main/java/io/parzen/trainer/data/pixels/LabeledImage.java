package io.parzen.trainer.data.pixels;

import io.parzen.trainer.data.label.MaskStats;

/**
 * A whole SpaceNet image ready for tiling: stretched pixels and its 3-class mask.
 *
 * @param image {@code channels x height x width} floats in [0, 1] (CHW)
 * @param mask {@code height x width} class indices, row-major
 */
public record LabeledImage(String id, float[] image, byte[] mask, int channels, int width, int height, MaskStats stats) {

    public LabeledImage {
        if (image.length != channels * width * height || mask.length != width * height) {
            throw new IllegalArgumentException(id + ": arrays do not match " + channels + "x" + height + "x" + width);
        }
    }
}
