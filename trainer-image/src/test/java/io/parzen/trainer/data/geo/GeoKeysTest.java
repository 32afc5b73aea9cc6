package io.parzen.trainer.data.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoKeysTest {

    private static final double[] TIE = {0, 0, 0, -115.2, 36.1, 0};
    private static final double[] SCALE = {3e-6, 2e-6, 0};

    @Test
    void tiePointAndScaleGiveANorthUpTransform() {
        GeoReference g = GeoKeys.decode(TIE, SCALE, null, GeoKeys.keyDirectory(4326));
        assertEquals(GeoTransform.northUp(-115.2, 36.1, 3e-6, 2e-6), g.transform());
        assertEquals(4326, g.epsg());
    }

    @Test
    void transformationMatrixWinsOverTiePoint() {
        GeoTransform rotated = new GeoTransform(-115.0, 2e-6, 1e-7, 36.0, 1e-7, -2e-6);
        assertEquals(rotated, GeoKeys.decode(TIE, SCALE, rotated.toMatrix(), null).transform());
    }

    @Test
    void pixelIsPointMovesTheOriginHalfAPixelUpAndLeft() {
        int[] keys = {1, 1, 0, 2, 1024, 0, 1, 2, 1025, 0, 1, 2};
        GeoTransform t = GeoKeys.decode(TIE, SCALE, null, keys).transform();
        assertEquals(-115.2 - 1.5e-6, t.originX(), 1e-15);
        assertEquals(36.1 + 1e-6, t.originY(), 1e-15);
    }

    @Test
    void missingKeyDirectoryMeansWgs84() {
        assertEquals(4326, GeoKeys.decode(TIE, SCALE, null, null).epsg());
    }

    @Test
    void projectedRastersAreRejectedNamingTheirCrs() {
        int[] utm = {1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, 32611};
        var e = assertThrows(IllegalArgumentException.class, () -> GeoKeys.decode(TIE, SCALE, null, utm));
        assertTrue(e.getMessage().contains("EPSG:32611"), e.getMessage());
    }

    @Test
    void noGeoreferencingIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> GeoKeys.decode(TIE, null, null, null));
        assertTrue(e.getMessage().startsWith("no georeferencing"), e.getMessage());
    }

    @Test
    void negativeScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> GeoKeys.decode(TIE, new double[] {1e-6, -1e-6, 0}, null, null));
    }
}
