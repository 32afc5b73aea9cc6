package io.parzen.trainer.data.label;

import static io.parzen.trainer.data.Fixtures.box;
import static io.parzen.trainer.data.Fixtures.collection;
import static io.parzen.trainer.data.Fixtures.multiPolygon;
import static io.parzen.trainer.data.Fixtures.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.Fixtures;
import io.parzen.trainer.data.geo.GeoTransform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

class FootprintReaderTest {

    private static final GeoTransform T = Fixtures.NON_SQUARE.transform();

    private static Footprints read(String json) throws DataFormatException {
        return FootprintReader.read(json.getBytes(StandardCharsets.UTF_8), "labels.geojson", T);
    }

    @Test
    void polygonWithZAndCrs84MemberLandsOnItsPixels() throws Exception {
        Footprints f = read(collection(polygon(box(T, 10, 20, 30, 50))));
        assertEquals(1, f.features());
        Geometry g = f.polygons().get(0);
        assertEquals(600.0, g.getArea(), 1e-6);
        assertEquals(10.0, g.getEnvelopeInternal().getMinX(), 1e-6);
        assertEquals(50.0, g.getEnvelopeInternal().getMaxY(), 1e-6);
        assertTrue(Double.isNaN(g.getCoordinate().getZ()), "z dropped");
    }

    @Test
    void multiPolygonWithHoleKeepsItsHole() throws Exception {
        String courtyard = box(T, 0, 0, 60, 60) + ", " + box(T, 15, 15, 45, 45);
        Footprints f = read(collection(multiPolygon(courtyard, box(T, 100, 100, 110, 110))));
        Geometry g = f.polygons().get(0);
        assertEquals(2, g.getNumGeometries());
        assertEquals(3600 - 900 + 100, g.getArea(), 1e-6);
    }

    @Test
    void emptyCollectionAndNullGeometriesGiveNoFootprints() throws Exception {
        assertEquals(0, read(collection()).polygons().size());
        Footprints f = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}");
        assertEquals(1, f.features());
        assertEquals(0, f.polygons().size());
    }

    @Test
    void bareGeometryIsAccepted() throws Exception {
        assertEquals(1, read(polygon(box(T, 1, 1, 9, 9))).polygons().size());
    }

    @Test
    void selfIntersectingBowTieIsRepairedKeepingBothLobes() throws Exception {
        // (0,0) (20,20) (20,0) (0,20): two triangles meeting at (10,10), 100 px^2 each
        Footprints f = read(collection(polygon(Fixtures.ring(T, 0, 0, 20, 20, 20, 0, 0, 20))));
        assertEquals(1, f.repaired());
        assertTrue(f.polygons().get(0).isValid());
        assertEquals(200.0, f.polygons().get(0).getArea(), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON      | {\"type\": \"FeatureCollection\", \"features\": [ | invalid JSON",
        "array         | [1, 2]                                             | top level must be an object",
        "unknown type  | {\"type\": \"Topology\"}                           | unsupported GeoJSON type \"Topology\"",
        "no features   | {\"type\": \"FeatureCollection\"}                  | without a \"features\" array",
        "line string   | {\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0,0],[1,1]]}} | feature 0: geometry type \"LineString\"",
        "short ring    | {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,1],[0,0]]]} | a ring needs at least 4 positions",
        "string coords | {\"type\": \"Polygon\", \"coordinates\": [[[\"a\",0],[1,1],[1,0],[0,0]]]} | is not [lon, lat]",
        "projected crs | {\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::32611\"}}, \"features\": []} | coordinates are in urn:ogc:def:crs:EPSG::32611"})
    void badFilesAreRejectedNamingFileAndProblem(String name, String json, String problem) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("labels.geojson: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), name + ": " + e.getMessage());
    }

    @Test
    void epsg4326CrsIsAccepted() throws Exception {
        read("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4326\"}}, \"features\": []}");
    }
}
