package io.parzen.trainer.data.synth;

import io.parzen.storage.ObjectLayout;

/**
 * What the synthetic SpaceNet generator writes.
 *
 * @param name dataset name (objects go under {@code datasets/<name>/})
 * @param tiles number of images
 * @param seed same seed, same bytes
 * @param size image width and height in pixels (SpaceNet: 650)
 * @param pixelDegrees pixel size in degrees (SpaceNet Vegas: about 2.7e-6, i.e. 0.3 m)
 * @param emptyFraction probability that an image has no buildings
 */
public record SynthConfig(String name, int tiles, long seed, int size, double pixelDegrees, double emptyFraction) {

    public static final int DEFAULT_SIZE = 650;
    public static final double DEFAULT_PIXEL_DEGREES = 2.7e-6;
    public static final double DEFAULT_EMPTY_FRACTION = 0.1;
    public static final String DEFAULT_NAME = ObjectLayout.DEFAULT_DATASET;

    public SynthConfig {
        if (tiles <= 0) {
            throw new IllegalArgumentException("tiles must be positive, got " + tiles);
        }
        if (size < 32) {
            throw new IllegalArgumentException("size must be at least 32 pixels, got " + size);
        }
        if (!(pixelDegrees > 0) || !(emptyFraction >= 0 && emptyFraction <= 1)) {
            throw new IllegalArgumentException("need pixelDegrees > 0 and 0 <= emptyFraction <= 1");
        }
    }

    /** SpaceNet-like defaults for the given name, count and seed. */
    public static SynthConfig of(String name, int tiles, long seed, int size) {
        return new SynthConfig(name, tiles, seed, size, DEFAULT_PIXEL_DEGREES, DEFAULT_EMPTY_FRACTION);
    }
}
