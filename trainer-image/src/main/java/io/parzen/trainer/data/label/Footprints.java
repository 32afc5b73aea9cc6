package io.parzen.trainer.data.label;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Building footprints of one labels file, in pixel space of one image.
 *
 * @param polygons one valid Polygon or MultiPolygon per footprint
 * @param features features in the file, including those without geometry
 * @param repaired footprints that were invalid (for example self-intersecting) and were repaired
 */
public record Footprints(List<Geometry> polygons, int features, int repaired) {

    public Footprints {
        polygons = List.copyOf(polygons);
    }
}
