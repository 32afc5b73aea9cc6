package io.parzen.trainer.data.geo;

import java.util.Optional;

/**
 * The GeoTIFF tags that carry georeferencing, and their conversion to and from a {@link GeoReference}.
 * Pure: no I/O, so every rule is unit-tested on plain arrays.
 *
 * <p>Reading follows GDAL: ModelTransformation wins when present, else tie point plus pixel scale;
 * a PixelIsPoint raster has its origin moved half a pixel so that the result refers to pixel corners.
 */
public final class GeoKeys {

    public static final int MODEL_PIXEL_SCALE = 33550;
    public static final int MODEL_TIEPOINT = 33922;
    public static final int MODEL_TRANSFORMATION = 34264;
    public static final int GEO_KEY_DIRECTORY = 34735;

    static final int GT_MODEL_TYPE = 1024;
    static final int GT_RASTER_TYPE = 1025;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int PROJECTED_CS_TYPE = 3072;
    static final int MODEL_TYPE_PROJECTED = 1;
    static final int MODEL_TYPE_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int RASTER_PIXEL_IS_POINT = 2;

    private GeoKeys() {}

    /**
     * Builds the georeference from the raw tag values (each null when the tag is absent).
     *
     * @throws IllegalArgumentException with a user-facing reason when the tags do not georeference
     *     the raster in a geographic CRS
     */
    public static GeoReference decode(double[] tiePoints, double[] pixelScale, double[] matrix, int[] keyDirectory) {
        GeoTransform transform;
        if (matrix != null) {
            transform = GeoTransform.fromMatrix(matrix);
        } else if (tiePoints != null && pixelScale != null) {
            if (tiePoints.length < 6 || pixelScale.length < 2) {
                throw new IllegalArgumentException("malformed ModelTiepoint/ModelPixelScale tags ("
                        + tiePoints.length + " and " + pixelScale.length + " values)");
            }
            if (pixelScale[0] <= 0 || pixelScale[1] <= 0) {
                throw new IllegalArgumentException("ModelPixelScale must be positive, got "
                        + pixelScale[0] + ", " + pixelScale[1]);
            }
            transform = GeoTransform.fromTiePoint(tiePoints[0], tiePoints[1], tiePoints[3], tiePoints[4],
                    pixelScale[0], pixelScale[1]);
        } else {
            throw new IllegalArgumentException("no georeferencing: neither ModelTransformationTag (34264) nor "
                    + "ModelTiepointTag (33922) with ModelPixelScaleTag (33550)");
        }
        int modelType = key(keyDirectory, GT_MODEL_TYPE).orElse(MODEL_TYPE_GEOGRAPHIC);
        if (modelType != MODEL_TYPE_GEOGRAPHIC) {
            throw new IllegalArgumentException("model type " + modelType + " (projected CRS EPSG:"
                    + key(keyDirectory, PROJECTED_CS_TYPE).map(String::valueOf).orElse("?")
                    + "); only geographic lon/lat rasters (EPSG:4326) are supported");
        }
        if (key(keyDirectory, GT_RASTER_TYPE).orElse(RASTER_PIXEL_IS_AREA) == RASTER_PIXEL_IS_POINT) {
            transform = transform.shiftedByPixels(-0.5, -0.5);
        }
        // A missing or user-defined (32767) geographic type: GeoJSON is WGS 84 anyway.
        int epsg = key(keyDirectory, GEOGRAPHIC_TYPE).filter(v -> v != 32767).orElse(GeoReference.WGS84);
        return new GeoReference(transform, epsg);
    }

    /** Tie point (6 values) for a north-up transform: raster (0,0) at the world origin. */
    public static double[] tiePoints(GeoTransform t) {
        return new double[] {0, 0, 0, t.originX(), t.originY(), 0};
    }

    /** Pixel scale (3 values) for a north-up transform. */
    public static double[] pixelScale(GeoTransform t) {
        return new double[] {t.pixelWidth(), -t.pixelHeight(), 0};
    }

    /** The GeoKeyDirectory of a geographic, PixelIsArea raster in the given EPSG code. */
    public static int[] keyDirectory(int epsg) {
        return new int[] {
            1, 1, 0, 3,
            GT_MODEL_TYPE, 0, 1, MODEL_TYPE_GEOGRAPHIC,
            GT_RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA,
            GEOGRAPHIC_TYPE, 0, 1, epsg};
    }

    /** A SHORT-valued key stored directly in the directory (TIFFTagLocation 0). */
    static Optional<Integer> key(int[] dir, int keyId) {
        if (dir == null || dir.length < 4) {
            return Optional.empty();
        }
        int n = dir[3];
        for (int k = 0; k < n && 4 + 4 * k + 3 < dir.length; k++) {
            int at = 4 + 4 * k;
            if (dir[at] == keyId && dir[at + 1] == 0) {
                return Optional.of(dir[at + 3]);
            }
        }
        return Optional.empty();
    }
}
