package io.parzen.trainer.data.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.trainer.data.Fixtures;
import org.junit.jupiter.api.Test;

class GeoTiffRoundTripTest {

    @Test
    void sixteenBitSamplesAndNonSquareGeoreferencingSurvive() throws Exception {
        Raster16 raster = Fixtures.ramp(37, 23, 3);
        raster.set(2, 22, 36, 65535); // the full unsigned range
        raster.set(0, 0, 0, 0);
        byte[] bytes = GeoTiffWriter.write(new GeoTiff(raster, Fixtures.NON_SQUARE));

        GeoTiff back = GeoTiffReader.read(bytes, "t.tif", 3);

        assertEquals(37, back.raster().width());
        assertEquals(23, back.raster().height());
        assertArrayEquals(raster.samples(), back.raster().samples());
        assertEquals(65535, back.raster().get(2, 22, 36));
        assertEquals(100 + 1000 + 5 + 7, back.raster().get(1, 5, 7));
        assertEquals(Fixtures.NON_SQUARE, back.geo());
    }

    @Test
    void rotatedTransformIsWrittenAsMatrixAndReadBack() throws Exception {
        GeoReference geo = new GeoReference(new GeoTransform(-115.2, 2.5e-6, 4e-7, 36.1, 3e-7, -2.6e-6), 4326);
        byte[] bytes = GeoTiffWriter.write(new GeoTiff(Fixtures.ramp(8, 8, 3), geo));
        assertEquals(geo, GeoTiffReader.read(bytes, "r.tif", 3).geo());
    }

    @Test
    void writingIsDeterministic() {
        GeoTiff t = new GeoTiff(Fixtures.ramp(16, 16, 3), Fixtures.NON_SQUARE);
        assertArrayEquals(GeoTiffWriter.write(t), GeoTiffWriter.write(t));
    }
}
