package io.parzen.trainer.data.pixels;

/**
 * One training example: a square tile of a stretched image with its mask.
 *
 * @param image {@code channels x size x size} floats in [0, 1], channel-major (CHW)
 * @param mask {@code size x size} class indices (0 background, 1 building, 2 border), row-major
 * @param imageId the SpaceNet image the tile comes from, e.g. {@code AOI_2_Vegas_img12}
 * @param x column of the tile's top-left pixel in the source image (0 when resized)
 * @param y row of the tile's top-left pixel in the source image (0 when resized)
 */
public record Tile(float[] image, byte[] mask, int channels, int size, String imageId, int x, int y) {

    public Tile {
        if (image.length != channels * size * size || mask.length != size * size) {
            throw new IllegalArgumentException("tile arrays do not match " + channels + "x" + size + "x" + size);
        }
    }
}
