package io.parzen.trainer.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.storage.LocalObjectStore;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffReader;
import io.parzen.trainer.data.pixels.LabeledImage;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSpaceNetTest {

    private static final SynthConfig VEGAS = SynthConfig.of("synthetic", 40, 11, 650);

    @Test
    void sameSeedSameBytesDifferentSeedDifferentBytes() {
        var a = SyntheticSpaceNet.sample(VEGAS, 3);
        var b = SyntheticSpaceNet.sample(VEGAS, 3);
        assertArrayEquals(a.tiff(), b.tiff());
        assertArrayEquals(a.geojson(), b.geojson());
        var c = SyntheticSpaceNet.sample(SynthConfig.of("synthetic", 40, 12, 650), 3);
        assertFalse(java.util.Arrays.equals(a.tiff(), c.tiff()));
    }

    @Test
    void tilesAreRealGeoreferencedSixteenBitGeoTiffsNearLasVegas() throws Exception {
        var s = SyntheticSpaceNet.sample(VEGAS, 33); // second row of the tile grid
        GeoTiff t = GeoTiffReader.read(s.tiff(), s.id(), 3);
        assertEquals(650, t.raster().width());
        assertEquals(4326, t.geo().epsg());
        assertEquals(-115.30 + 650 * 2.7e-6, t.geo().transform().originX(), 1e-9);
        assertEquals(36.25 - 650 * 2.7e-6, t.geo().transform().originY(), 1e-9);
        assertEquals(2.7e-6, t.geo().transform().pixelWidth(), 1e-15);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (short v : t.raster().samples()) {
            min = Math.min(min, v & 0xFFFF);
            max = Math.max(max, v & 0xFFFF);
        }
        assertTrue(min >= 1 && max > 1000 && max < 4096, "SpaceNet-like 11-bit range, no no-data: " + min + ".." + max);
        assertEquals("AOI_2_Vegas_img34", s.id());
    }

    @Test
    void labelsAreSpaceNetStyleGeoJson() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SyntheticSpaceNet.sample(VEGAS, 0).geojson());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals("urn:ogc:def:crs:OGC:1.3:CRS84", root.at("/crs/properties/name").asText());
        JsonNode first = root.at("/features/0/geometry/coordinates/0/0");
        assertEquals(3, first.size(), "lon, lat, z");
        assertEquals(-115.3, first.get(0).asDouble(), 0.01);
        assertEquals(36.25, first.get(1).asDouble(), 0.01);
    }

    @Test
    void datasetHasVariedContentAndReadsBackThroughTheReader(@TempDir Path dir) throws Exception {
        SynthConfig config = SynthConfig.of("small", 30, 5, 256);
        var summary = SyntheticSpaceNet.write(new LocalObjectStore(dir), config);
        assertEquals(30, summary.tiles());
        assertTrue(summary.emptyTiles() > 0 && summary.emptyTiles() < 15, "some empty tiles: " + summary.emptyTiles());

        SpaceNetDataset ds = SpaceNetDataset.open(new LocalObjectStore(dir), "small");
        assertEquals(30, ds.imageIds().size());
        List<LabeledImage> images = ds.load(ds.imageIds());
        long[] classes = new long[3];
        int partial = 0;
        int multi = 0;
        int holes = 0;
        for (int i = 0; i < images.size(); i++) {
            for (byte c : images.get(i).mask()) {
                classes[c]++;
            }
            JsonNode root = new ObjectMapper().readTree(SyntheticSpaceNet.sample(config, i).geojson());
            for (JsonNode f : root.get("features")) {
                partial += f.at("/properties/partialBuilding").asInt();
                multi += f.at("/geometry/type").asText().equals("MultiPolygon") ? 1 : 0;
                holes += f.toString().contains("]],[[") ? 1 : 0;
            }
        }
        double buildingShare = (classes[1] + classes[2]) / (double) (classes[0] + classes[1] + classes[2]);
        assertTrue(buildingShare > 0.05 && buildingShare < 0.6, "building share " + buildingShare);
        assertTrue(classes[2] > 0 && classes[1] > 0);
        assertTrue(partial > 0, "buildings cut by the image edge");
        assertTrue(multi > 0, "MultiPolygons");
        assertTrue(holes > 0, "courtyards");
    }
}
