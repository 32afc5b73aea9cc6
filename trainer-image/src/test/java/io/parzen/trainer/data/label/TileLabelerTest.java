package io.parzen.trainer.data.label;

import static io.parzen.trainer.data.Fixtures.box;
import static io.parzen.trainer.data.Fixtures.collection;
import static io.parzen.trainer.data.Fixtures.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.Fixtures;
import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTransform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TileLabelerTest {

    private static final GeoReference GEO = Fixtures.NON_SQUARE;
    private static final GeoTransform T = GEO.transform();
    private final TileLabeler labeler = new TileLabeler(new MaskRenderer());

    private LabelMask label(String json) throws DataFormatException {
        return labeler.label(json.getBytes(StandardCharsets.UTF_8), "b.geojson", GEO, 100, 80, "a.tif");
    }

    @Test
    void footprintsThatAllMissTheImageAreAnErrorNamingBothFiles() {
        String json = collection(polygon(box(T, 500, 500, 540, 540)), polygon(box(T, -90, 10, -50, 40)));
        DataFormatException e = assertThrows(DataFormatException.class, () -> label(json));
        assertTrue(e.getMessage().startsWith("b.geojson: all 2 footprints lie outside image a.tif (lon -115.200000..-115.199700"),
                e.getMessage());
    }

    @Test
    void someFootprintsOutsideAreCountedNotFatal() throws Exception {
        LabelMask m = label(collection(polygon(box(T, 500, 500, 540, 540)), polygon(box(T, 10, 10, 40, 40))));
        assertEquals(new MaskStats(2, 1, 1, 0, 0), m.stats());
        assertEquals(LabelMask.BUILDING, m.at(25, 25));
    }

    @Test
    void emptyCollectionIsABuildinglessTile() throws Exception {
        LabelMask m = label(collection());
        assertEquals(8000, m.histogram()[0]);
        assertEquals(new MaskStats(0, 0, 0, 0, 0), m.stats());
    }
}
