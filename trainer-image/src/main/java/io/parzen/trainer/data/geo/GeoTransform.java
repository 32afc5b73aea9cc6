package io.parzen.trainer.data.geo;

/**
 * The affine map from pixel space to world coordinates (lon/lat for EPSG:4326), in GDAL's
 * geotransform order.
 *
 * <p>Pixel space: column {@code x} grows to the right, row {@code y} grows down, and pixel
 * {@code (c, r)} covers {@code [c, c+1) x [r, r+1)}, so its centre is {@code (c+0.5, r+0.5)} and
 * {@code (0, 0)} is the outer corner of the top-left pixel (GeoTIFF "PixelIsArea").
 * <pre>
 *   lon = originX + x * pixelWidth + y * rowRotation
 *   lat = originY + x * colRotation + y * pixelHeight      (pixelHeight &lt; 0 for north-up)
 * </pre>
 * Pixel width and height may differ (non-square pixels).
 */
public record GeoTransform(double originX, double pixelWidth, double rowRotation,
                           double originY, double colRotation, double pixelHeight) {

    public GeoTransform {
        if (determinant(pixelWidth, rowRotation, colRotation, pixelHeight) == 0.0
                || !Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException("degenerate geotransform: " + originX + ", " + pixelWidth
                    + ", " + rowRotation + ", " + originY + ", " + colRotation + ", " + pixelHeight);
        }
    }

    /** A north-up transform from the world position of the top-left corner and the pixel size. */
    public static GeoTransform northUp(double west, double north, double pixelWidth, double pixelHeight) {
        return new GeoTransform(west, pixelWidth, 0, north, 0, -pixelHeight);
    }

    /**
     * From a GeoTIFF tie point (raster point {@code (i, j)} sits at world {@code (x, y)}) and
     * ModelPixelScale {@code (sx, sy)}; GeoTIFF's scale is positive with y pointing down the raster.
     */
    public static GeoTransform fromTiePoint(double i, double j, double x, double y, double sx, double sy) {
        return new GeoTransform(x - i * sx, sx, 0, y + j * sy, 0, -sy);
    }

    /** From a row-major 4x4 ModelTransformation matrix (16 values). */
    public static GeoTransform fromMatrix(double[] m) {
        if (m.length != 16) {
            throw new IllegalArgumentException("ModelTransformation needs 16 values, got " + m.length);
        }
        return new GeoTransform(m[3], m[0], m[1], m[7], m[4], m[5]);
    }

    /** The row-major 4x4 ModelTransformation matrix of this transform. */
    public double[] toMatrix() {
        return new double[] {
            pixelWidth, rowRotation, 0, originX,
            colRotation, pixelHeight, 0, originY,
            0, 0, 0, 0,
            0, 0, 0, 1};
    }

    /** Whether the transform has no rotation terms, so tie point and pixel scale describe it. */
    public boolean isNorthUp() {
        return rowRotation == 0 && colRotation == 0;
    }

    /** Moves the origin by a fraction of a pixel along both raster axes (PixelIsPoint to PixelIsArea). */
    public GeoTransform shiftedByPixels(double dx, double dy) {
        return new GeoTransform(worldX(dx, dy), pixelWidth, rowRotation, worldY(dx, dy), colRotation, pixelHeight);
    }

    /** World x (longitude) of pixel-space point {@code (x, y)}. */
    public double worldX(double x, double y) {
        return originX + x * pixelWidth + y * rowRotation;
    }

    /** World y (latitude) of pixel-space point {@code (x, y)}. */
    public double worldY(double x, double y) {
        return originY + x * colRotation + y * pixelHeight;
    }

    /** Pixel-space column of world point {@code (lon, lat)}. */
    public double pixelX(double lon, double lat) {
        double dx = lon - originX;
        double dy = lat - originY;
        return (dx * pixelHeight - dy * rowRotation) / det();
    }

    /** Pixel-space row of world point {@code (lon, lat)}. */
    public double pixelY(double lon, double lat) {
        double dx = lon - originX;
        double dy = lat - originY;
        return (dy * pixelWidth - dx * colRotation) / det();
    }

    private double det() {
        return determinant(pixelWidth, rowRotation, colRotation, pixelHeight);
    }

    private static double determinant(double a, double b, double d, double e) {
        return a * e - b * d;
    }
}
