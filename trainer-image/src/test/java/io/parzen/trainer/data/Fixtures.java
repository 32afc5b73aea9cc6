package io.parzen.trainer.data;

import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTransform;
import io.parzen.trainer.data.geo.Raster16;
import java.util.Locale;

/** Hand-made inputs for tests: rasters and GeoJSON text written from pixel-space coordinates. */
public final class Fixtures {

    /** A Vegas-like non-square georeference: 3e-6 deg wide, 2e-6 deg tall pixels. */
    public static final GeoReference NON_SQUARE = GeoReference.wgs84(-115.2, 36.1, 3e-6, 2e-6);

    private Fixtures() {}

    /** A raster whose sample (b, r, c) is 100 + 1000 * b + r + c (never 0). */
    public static Raster16 ramp(int width, int height, int bands) {
        Raster16 r = Raster16.zeros(width, height, bands);
        for (int b = 0; b < bands; b++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    r.set(b, y, x, 100 + 1000 * b + y + x);
                }
            }
        }
        return r;
    }

    /** A lon/lat position "[lon, lat, 0]" of a pixel-space point. */
    public static String position(GeoTransform t, double x, double y) {
        return String.format(Locale.ROOT, "[%.12f, %.12f, 0.0]", t.worldX(x, y), t.worldY(x, y));
    }

    /** A ring of pixel-space points (x0, y0, x1, y1, ...), closed automatically. */
    public static String ring(GeoTransform t, double... xy) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i <= xy.length; i += 2) {
            int k = i % xy.length;
            s.append(i == 0 ? "" : ", ").append(position(t, xy[k], xy[k + 1]));
        }
        return s.append(']').toString();
    }

    /** An axis-aligned rectangle ring in pixel space. */
    public static String box(GeoTransform t, double x0, double y0, double x1, double y1) {
        return ring(t, x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /** A SpaceNet-style FeatureCollection (with the CRS84 crs member) of the given geometry JSONs. */
    public static String collection(String... geometries) {
        StringBuilder s = new StringBuilder("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", "
                + "\"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}, \"features\": [");
        for (int i = 0; i < geometries.length; i++) {
            s.append(i == 0 ? "" : ", ").append("{\"type\": \"Feature\", \"properties\": {\"BuildingId\": ")
                    .append(i + 1).append("}, \"geometry\": ").append(geometries[i]).append('}');
        }
        return s.append("]}").toString();
    }

    public static String polygon(String... rings) {
        return "{\"type\": \"Polygon\", \"coordinates\": [" + String.join(", ", rings) + "]}";
    }

    /** A MultiPolygon; each argument is one polygon's rings joined with commas. */
    public static String multiPolygon(String... polygons) {
        StringBuilder s = new StringBuilder("{\"type\": \"MultiPolygon\", \"coordinates\": [");
        for (int i = 0; i < polygons.length; i++) {
            s.append(i == 0 ? "" : ", ").append('[').append(polygons[i]).append(']');
        }
        return s.append("]}").toString();
    }
}
