package io.parzen.trainer.data.spacenet;

import static io.parzen.trainer.data.Fixtures.box;
import static io.parzen.trainer.data.Fixtures.collection;
import static io.parzen.trainer.data.Fixtures.multiPolygon;
import static io.parzen.trainer.data.Fixtures.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.DatasetPaths;
import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.ObjectStore;
import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.Fixtures;
import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffWriter;
import io.parzen.trainer.data.geo.GeoTransform;
import io.parzen.trainer.data.pixels.LabeledImage;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpaceNetDatasetTest {

    private static final DatasetPaths PATHS = new DatasetPaths("hand");
    private static final GeoReference GEO = Fixtures.NON_SQUARE; // 3e-6 x 2e-6 degree pixels
    private static final GeoTransform T = GEO.transform();

    @TempDir
    Path dir;

    private static void put(ObjectStore store, int n, String geojson) throws Exception {
        DatasetPaths.Tile tile = new DatasetPaths.Tile("AOI_2_Vegas", n);
        store.put(PATHS.image(tile), GeoTiffWriter.write(new GeoTiff(Fixtures.ramp(120, 100, 3), GEO)), "image/tiff");
        if (geojson != null) {
            store.put(PATHS.buildings(tile), geojson.getBytes(StandardCharsets.UTF_8), "application/geo+json");
        }
    }

    @Test
    void readsBackKnownFootprintsOnANonSquarePixelTile() throws Exception {
        ObjectStore store = new LocalObjectStore(dir);
        // a 30x20 px house and a courtyard MultiPolygon with a 20x20 px yard, in lon/lat
        put(store, 10, collection(polygon(box(T, 10, 10, 40, 30)),
                multiPolygon(box(T, 50, 40, 100, 90) + ", " + box(T, 65, 55, 85, 75))));
        put(store, 2, collection());

        SpaceNetDataset ds = SpaceNetDataset.open(store, "hand");
        assertEquals(List.of("AOI_2_Vegas_img2", "AOI_2_Vegas_img10"), ds.imageIds());
        LabeledImage img = ds.load("AOI_2_Vegas_img10");

        int[][] expected = { // col, row, class
            {25, 20, 1}, {10, 20, 2}, {8, 20, 2}, {6, 20, 0}, {25, 31, 2}, {25, 33, 0},
            {75, 65, 0}, {66, 65, 2}, {60, 65, 1}, {51, 65, 2}, {46, 65, 0}};
        for (int[] e : expected) {
            assertEquals(e[2], img.mask()[e[1] * 120 + e[0]], "pixel " + e[0] + "," + e[1]);
        }
        assertEquals(3, img.channels());
        assertEquals(120 * 100 * 3, img.image().length);
        assertEquals(2, img.stats().drawn());
        assertEquals(0, ds.load("AOI_2_Vegas_img2").stats().footprints());
    }

    @Test
    void batchHoldsEveryTileOfEveryImageInNchw() throws Exception {
        ObjectStore store = new LocalObjectStore(dir);
        put(store, 1, collection(polygon(box(T, 10, 10, 40, 30))));
        put(store, 2, collection());
        SpaceNetDataset ds = SpaceNetDataset.open(store, "hand");
        TileBatch b = ds.batch(ds.imageIds(), new Tiler(64, Tiler.Mode.CROP));
        assertEquals(2 * 2 * 2, b.n()); // 120 x 100 -> 2 x 2 crops of 64 per image
        assertEquals(3, b.channels());
        assertEquals(8 * 3 * 64 * 64, b.images().length);
        assertEquals(1, b.labels()[20 * 64 + 25], "house interior in the first tile");
        for (float v : b.images()) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void aMissingLabelsFileIsAnErrorNamingIt() throws Exception {
        ObjectStore store = new LocalObjectStore(dir);
        put(store, 1, collection());
        put(store, 7, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> SpaceNetDataset.open(store, "hand"));
        assertTrue(e.getMessage().contains("datasets/hand/geojson/buildings/buildings_AOI_2_Vegas_img7.geojson: missing labels file"),
                e.getMessage());
    }

    @Test
    void anEmptyDatasetIsAnError() throws Exception {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> SpaceNetDataset.open(new LocalObjectStore(dir), "nothing"));
        assertTrue(e.getMessage().contains("no images"), e.getMessage());
    }

    @Test
    void aBadFileIsReportedWithItsKey() throws Exception {
        ObjectStore store = new LocalObjectStore(dir);
        put(store, 3, "{\"type\": ");
        SpaceNetDataset ds = SpaceNetDataset.open(store, "hand");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ds.load(List.of("AOI_2_Vegas_img3")));
        assertTrue(e.getMessage().contains("buildings_AOI_2_Vegas_img3.geojson: invalid JSON"), e.getMessage());
    }

    @Test
    void sizeComesFromTheHeaderAndMatchesTheDecodedImage() throws Exception {
        ObjectStore store = new LocalObjectStore(dir);
        put(store, 4, "{\"type\": ");  // labels that would fail to parse: size never reads them
        SpaceNetDataset ds = SpaceNetDataset.open(store, "hand");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {120, 100}, ds.size("AOI_2_Vegas_img4"));
        store.put(PATHS.image(new DatasetPaths.Tile("AOI_2_Vegas", 4)), new byte[] {'I', 'I', 42, 0, 9, 9}, "image/tiff");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ds.size("AOI_2_Vegas_img4"));
        assertTrue(e.getMessage().contains("RGB-PanSharpen_AOI_2_Vegas_img4.tif: corrupt or truncated TIFF"), e.getMessage());
    }
}
