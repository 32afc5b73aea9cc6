package io.parzen.trainer.data.geo;

/**
 * Unsigned 16-bit multi-band pixels, band-sequential: sample {@code (band, row, col)} is at
 * {@code band * width * height + row * width + col}; read it with {@link #get} (Java shorts are
 * signed, the samples are not).
 */
public record Raster16(int width, int height, int bands, short[] samples) {

    public Raster16 {
        if (width <= 0 || height <= 0 || bands <= 0) {
            throw new IllegalArgumentException("raster size must be positive: " + width + "x" + height + "x" + bands);
        }
        if (samples.length != (long) width * height * bands) {
            throw new IllegalArgumentException("expected " + (long) width * height * bands
                    + " samples for " + width + "x" + height + "x" + bands + ", got " + samples.length);
        }
    }

    /** An all-zero raster. */
    public static Raster16 zeros(int width, int height, int bands) {
        return new Raster16(width, height, bands, new short[width * height * bands]);
    }

    /** The unsigned sample value, 0..65535. */
    public int get(int band, int row, int col) {
        return samples[(band * height + row) * width + col] & 0xFFFF;
    }

    /** Sets a sample, 0..65535. */
    public void set(int band, int row, int col, int value) {
        samples[(band * height + row) * width + col] = (short) value;
    }

    /** Pixels per band. */
    public int planeSize() {
        return width * height;
    }
}
