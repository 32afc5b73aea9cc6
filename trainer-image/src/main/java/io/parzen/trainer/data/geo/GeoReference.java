package io.parzen.trainer.data.geo;

/**
 * Where a raster lies on Earth: its pixel-to-world transform (always PixelIsArea, i.e. relative to
 * pixel corners) and the EPSG code of its geographic coordinate system (4326 for SpaceNet).
 */
public record GeoReference(GeoTransform transform, int epsg) {

    /** WGS 84 longitude/latitude, the CRS of SpaceNet tiles and of GeoJSON (CRS84 axis order). */
    public static final int WGS84 = 4326;

    /** A north-up WGS 84 reference. */
    public static GeoReference wgs84(double west, double north, double pixelWidth, double pixelHeight) {
        return new GeoReference(GeoTransform.northUp(west, north, pixelWidth, pixelHeight), WGS84);
    }
}
