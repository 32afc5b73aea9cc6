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

class ScanlineFillTest {

    private static final GeometryFactory G = new GeometryFactory();

    private static byte[] paint(int w, int h, Geometry... shapes) {
        byte[] r = new byte[w * h];
        ScanlineFill.paint(List.of(shapes), r, w, h, (byte) 1);
        return r;
    }

    private static int count(byte[] r) {
        int n = 0;
        for (byte b : r) {
            n += b;
        }
        return n;
    }

    @ParameterizedTest(name = "box [{0},{2}) x [{1},{3}) covers {4} pixel centres")
    @CsvSource({
        // x0, y0, x1, y1, pixels: a pixel is in when its centre (c + 0.5) is
        "2, 3, 5, 7, 12",       // pixel-aligned: exactly 3 x 4 pixels
        "1.6, 1.6, 3.4, 3.4, 1", // only centre 2.5 lies in [1.6, 3.4) on each axis
        "2.5, 2.5, 4.5, 4.5, 4", // left/top edge through centres: inside; right/bottom: outside
        "0.2, 0.2, 0.4, 0.4, 0", // no centre inside: nothing, even though the box overlaps pixel 0
        "-3, -3, 2, 2, 4",       // clipped at the raster edge
        "8, 8, 20, 20, 4"})      // clipped at the far edge of a 10x10 raster
    void boxesCoverExactlyThePixelCentresInside(double x0, double y0, double x1, double y1, int pixels) {
        assertEquals(pixels, count(paint(10, 10, G.toGeometry(new Envelope(x0, x1, y0, y1)))));
    }

    @Test
    void holesStayEmpty() {
        LinearRing shell = G.createLinearRing(ring(0, 0, 10, 10));
        LinearRing hole = G.createLinearRing(ring(3, 3, 7, 7));
        byte[] r = paint(10, 10, G.createPolygon(shell, new LinearRing[] {hole}));
        assertEquals(100 - 16, count(r));
        assertEquals(0, r[5 * 10 + 5]);
        assertEquals(1, r[2 * 10 + 5]);
    }

    @Test
    void nestedShapesFillTheirDifference() {
        byte[] r = paint(10, 10, G.toGeometry(new Envelope(0, 10, 0, 10)), G.toGeometry(new Envelope(2, 8, 2, 8)));
        assertEquals(100 - 36, count(r));
    }

    @Test
    void triangleUsesCentresNotArea() {
        // right triangle (0,0) (4,0) (0,4): centre (x+.5, y+.5) inside when x + y + 1 < 4
        byte[] r = paint(4, 4, G.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(4, 0), new Coordinate(0, 4), new Coordinate(0, 0)}));
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(x + y + 1 < 4 ? 1 : 0, r[y * 4 + x], "pixel " + x + "," + y);
            }
        }
    }

    private static Coordinate[] ring(double x0, double y0, double x1, double y1) {
        return new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)};
    }
}
