package io.parzen.trainer.data.geo;

/** A georeferenced 16-bit raster, as read from or written to a GeoTIFF file. */
public record GeoTiff(Raster16 raster, GeoReference geo) {}
