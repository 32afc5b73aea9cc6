package io.parzen.trainer.data.synth;

import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * The content of one synthetic image in pixel space: what the painter draws and the labels describe.
 *
 * @param size image width and height
 * @param ground base ground colour (R, G, B, 16-bit)
 * @param roads road surfaces
 * @param buildings building footprints (unclipped: they may extend past the image edge)
 */
public record Scene(int size, int[] ground, List<Polygon> roads, List<Building> buildings) {

    /**
     * A building.
     *
     * @param footprint its outline, possibly with a courtyard hole
     * @param roof roof colour (R, G, B, 16-bit)
     * @param shadowX shadow offset in pixels, east
     * @param shadowY shadow offset in pixels, south
     * @param multi whether the labels file writes it as a MultiPolygon (SpaceNet has both)
     */
    public record Building(Polygon footprint, int[] roof, double shadowX, double shadowY, boolean multi) {}

    public Scene {
        roads = List.copyOf(roads);
        buildings = List.copyOf(buildings);
    }
}
