package io.parzen.trainer.data.label;

import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTransform;

/**
 * Turns one labels file into the mask of one image, and refuses to return a silently empty mask:
 * when a file has footprints and every one of them lies outside the image, the image and labels do
 * not belong together (wrong pairing, wrong CRS, swapped lon/lat), and that is an error naming both.
 * An empty FeatureCollection is a tile without buildings and gives an all-background mask; footprints
 * dropped as too small are reported in {@link MaskStats#tooSmall()}.
 */
public final class TileLabeler {

    private final MaskRenderer renderer;

    public TileLabeler(MaskRenderer renderer) {
        this.renderer = renderer;
    }

    /** The mask of the image {@code imageName} ({@code width x height}, georeferenced by {@code geo}). */
    public LabelMask label(byte[] geojson, String labelsName, GeoReference geo, int width, int height, String imageName)
            throws DataFormatException {
        Footprints footprints = FootprintReader.read(geojson, labelsName, geo.transform());
        LabelMask mask = renderer.render(footprints, width, height);
        MaskStats s = mask.stats();
        if (s.footprints() > 0 && s.outside() == s.footprints()) {
            GeoTransform t = geo.transform();
            throw new DataFormatException(labelsName, "all " + s.footprints() + " footprints lie outside image "
                    + imageName + String.format(" (lon %.6f..%.6f, lat %.6f..%.6f)",
                            Math.min(t.worldX(0, 0), t.worldX(width, height)), Math.max(t.worldX(0, 0), t.worldX(width, height)),
                            Math.min(t.worldY(0, 0), t.worldY(width, height)), Math.max(t.worldY(0, 0), t.worldY(width, height)))
                    + "; wrong image/labels pairing or coordinate system?");
        }
        return mask;
    }
}
