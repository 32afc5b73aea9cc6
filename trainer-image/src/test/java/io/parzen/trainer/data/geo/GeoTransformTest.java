package io.parzen.trainer.data.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoTransformTest {

    static Stream<Arguments> transforms() {
        return Stream.of(
                Arguments.of("square Vegas", GeoTransform.northUp(-115.2, 36.1, 2.7e-6, 2.7e-6)),
                Arguments.of("non-square", GeoTransform.northUp(-115.2, 36.1, 3e-6, 2e-6)),
                Arguments.of("rotated", new GeoTransform(-115.2, 2.5e-6, 4e-7, 36.1, 3e-7, -2.6e-6)),
                Arguments.of("south-up", new GeoTransform(10, 0.5, 0, -20, 0, 0.25)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transforms")
    void pixelToWorldAndBackIsIdentity(String name, GeoTransform t) {
        double[][] points = {{0, 0}, {650, 650}, {0.5, 649.5}, {123.25, 7.75}, {-10, 700}};
        for (double[] p : points) {
            double lon = t.worldX(p[0], p[1]);
            double lat = t.worldY(p[0], p[1]);
            assertEquals(p[0], t.pixelX(lon, lat), 1e-6, name + " x of " + p[0] + "," + p[1]);
            assertEquals(p[1], t.pixelY(lon, lat), 1e-6, name + " y of " + p[0] + "," + p[1]);
        }
    }

    @Test
    void nonSquarePixelsMapEachAxisWithItsOwnSize() {
        GeoTransform t = GeoTransform.northUp(-115.2, 36.1, 3e-6, 2e-6);
        assertEquals(-115.2 + 10 * 3e-6, t.worldX(10, 20), 1e-12);
        assertEquals(36.1 - 20 * 2e-6, t.worldY(10, 20), 1e-12);
        assertEquals(100.0, t.pixelX(-115.2 + 300e-6, 36.0), 1e-6);
        assertEquals(50.0, t.pixelY(-115.0, 36.1 - 100e-6), 1e-6);
    }

    @Test
    void tiePointAtAnInteriorPixelMovesTheOrigin() {
        // raster (10, 20) sits at (-115, 36); pixel 2e-6 x 1e-6
        GeoTransform u = GeoTransform.fromTiePoint(10, 20, -115, 36, 2e-6, 1e-6);
        assertEquals(-115 - 10 * 2e-6, u.originX(), 1e-12);
        assertEquals(36 + 20 * 1e-6, u.originY(), 1e-12);
        assertEquals(-1e-6, u.pixelHeight());
    }

    @Test
    void matrixRoundTrip() {
        GeoTransform t = new GeoTransform(-115.2, 2.5e-6, 4e-7, 36.1, 3e-7, -2.6e-6);
        assertEquals(t, GeoTransform.fromMatrix(t.toMatrix()));
        assertArrayEquals(new double[] {2.5e-6, 4e-7, 0, -115.2, 3e-7, -2.6e-6, 0, 36.1, 0, 0, 0, 0, 0, 0, 0, 1},
                t.toMatrix());
    }

    @Test
    void degenerateTransformIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> GeoTransform.northUp(0, 0, 0, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new GeoTransform(0, 1, 2, 0, 2, 4));
    }
}
