package io.parzen.trainer.data.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class MaskRendererTest {

    private static final GeometryFactory G = new GeometryFactory();

    /** House [100, 140) x [100, 130); courtyard [200, 260)^2 with yard [215, 245)^2, as a MultiPolygon. */
    private static final LabelMask MASK = new MaskRenderer().render(new Footprints(List.of(
            G.toGeometry(new Envelope(100, 140, 100, 130)),
            G.createMultiPolygon(new Polygon[] {courtyard()})), 2, 0), 300, 300);

    private static Polygon courtyard() {
        LinearRing shell = ((Polygon) G.toGeometry(new Envelope(200, 260, 200, 260))).getExteriorRing();
        LinearRing yard = ((Polygon) G.toGeometry(new Envelope(215, 245, 215, 245))).getExteriorRing();
        return G.createPolygon(shell, new LinearRing[] {yard});
    }

    // Distances are from the pixel centre (col + 0.5, row + 0.5) to the nearest footprint edge;
    // the ring is 2.5 px either side of the edge.
    @ParameterizedTest(name = "pixel ({0}, {1}) is {2}: {3}")
    @CsvSource({
        "120, 115, 1, house interior (far from every edge)",
        "103, 115, 1, house: 3.5 inside the west edge",
        "101, 115, 2, house: 1.5 inside the west edge",
        "100, 115, 2, house: 0.5 inside the west edge",
        "99, 115, 2, house: 0.5 outside the west edge",
        "98, 115, 2, house: 1.5 outside the west edge",
        "96, 115, 0, house: 3.5 outside the west edge",
        "120, 131, 2, house: 1.5 below the south edge",
        "120, 133, 0, house: 3.5 below the south edge",
        "98, 98, 2, house: 2.1 from the NW corner, diagonally",
        "97, 97, 0, house: 3.5 from the NW corner (the outer buffer is rounded)",
        "230, 230, 0, courtyard: middle of the yard (hole)",
        "220, 230, 0, courtyard: yard, 5.5 from its west wall",
        "216, 230, 2, courtyard: yard, 1.5 from its west wall",
        "213, 230, 2, courtyard: wall, 1.5 from the yard",
        "207, 230, 1, courtyard: wall interior (7.5 from the outside, 7.5 from the yard)",
        "201, 230, 2, courtyard: wall, 1.5 inside the outer edge",
        "203, 230, 1, courtyard: wall, 3.5 inside the outer edge",
        "150, 150, 0, background between buildings"})
    void classesAtHandComputedPixels(int col, int row, int expected, String why) {
        assertEquals(expected, MASK.at(col, row), why);
    }

    @Test
    void statsCountDrawnFootprints() {
        assertEquals(new MaskStats(2, 2, 0, 0, 0), MASK.stats());
    }

    @Test
    void footprintsTooSmallForTheInwardBufferAreDropped() {
        LabelMask m = new MaskRenderer().render(new Footprints(List.of(G.toGeometry(new Envelope(10, 14, 10, 30))), 1, 0), 50, 50);
        assertEquals(new MaskStats(1, 0, 0, 1, 0), m.stats());
        assertEquals(2500, m.histogram()[0]);
    }

    @Test
    void footprintsOutsideTheImageAreCountedAndIgnored() {
        LabelMask m = new MaskRenderer().render(new Footprints(List.of(
                G.toGeometry(new Envelope(-40, -20, 5, 25)),
                G.createPolygon(new Coordinate[] { // envelope overlaps the tile corner, the triangle does not
                    new Coordinate(45, -10), new Coordinate(60, -10), new Coordinate(60, 10), new Coordinate(45, -10)}),
                G.toGeometry(new Envelope(-10, 20, 10, 30))), 3, 0), 50, 50);
        assertEquals(new MaskStats(3, 1, 2, 0, 0), m.stats());
        assertEquals(1, m.at(5, 20), "the partial building is drawn");
    }

    @Test
    void borderWinsWhereBuildingsTouch() {
        List<Geometry> twins = List.of(G.toGeometry(new Envelope(10, 30, 10, 30)), G.toGeometry(new Envelope(30, 50, 10, 30)));
        LabelMask m = new MaskRenderer().render(new Footprints(twins, 2, 0), 60, 40);
        for (int col = 28; col <= 31; col++) {
            assertEquals(2, m.at(col, 20), "shared wall at column " + col);
        }
        assertEquals(1, m.at(20, 20));
        assertEquals(1, m.at(40, 20));
    }
}
