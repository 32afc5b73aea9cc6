package io.parzen.trainer.data.label;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.geo.GeoTransform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads SpaceNet building footprints (GeoJSON in lon/lat) straight into JTS geometries in the pixel
 * space of one image.
 *
 * <p>The JSON is walked with Jackson rather than JTS's GeoJsonReader, which fails on SpaceNet's
 * {@code "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}} member.
 * Accepted: a FeatureCollection (possibly empty), a single Feature or a bare geometry; Polygon and
 * MultiPolygon with holes; positions with a z value (dropped); features with a null geometry
 * (skipped). A crs other than CRS84/EPSG:4326, any other geometry type, and malformed coordinates are
 * rejected with the file and feature named. Invalid polygons (self-intersections, bow-ties) are
 * repaired with JTS's {@link GeometryFixer}, which keeps every lobe (a plain {@code buffer(0)}
 * silently drops half of a bow-tie), and counted in {@link Footprints#repaired()}.
 */
public final class FootprintReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private FootprintReader() {}

    /** Parses a labels file and maps its coordinates through the inverse of {@code transform}. */
    public static Footprints read(byte[] geojson, String name, GeoTransform transform) throws DataFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(geojson);
        } catch (JsonProcessingException e) {
            throw new DataFormatException(name, "invalid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new DataFormatException(name, "unreadable JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DataFormatException(name, "not GeoJSON: the top level must be an object");
        }
        checkCrs(root, name);
        List<JsonNode> geometries = new ArrayList<>();
        int features = collect(root, name, geometries);
        List<Geometry> polygons = new ArrayList<>();
        int repaired = 0;
        for (int i = 0; i < geometries.size(); i++) {
            Geometry g = toPixels(geometries.get(i), transform, name, "feature " + i);
            if (!g.isValid()) {
                g = GeometryFixer.fix(g);
                repaired++;
            }
            if (!g.isEmpty()) {
                polygons.add(g);
            }
        }
        return new Footprints(polygons, features, repaired);
    }

    /** Collects the non-null geometries in feature order; returns the number of features. */
    private static int collect(JsonNode root, String name, List<JsonNode> out) throws DataFormatException {
        String type = root.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = root.get("features");
                if (features == null || !features.isArray()) {
                    throw new DataFormatException(name, "FeatureCollection without a \"features\" array");
                }
                for (JsonNode f : features) {
                    addFeature(f, name, out);
                }
                return features.size();
            }
            case "Feature" -> {
                addFeature(root, name, out);
                return 1;
            }
            case "Polygon", "MultiPolygon" -> {
                out.add(root);
                return 1;
            }
            default -> throw new DataFormatException(name, "unsupported GeoJSON type \"" + type
                    + "\"; expected a FeatureCollection of building polygons");
        }
    }

    private static void addFeature(JsonNode feature, String name, List<JsonNode> out) throws DataFormatException {
        if (!"Feature".equals(feature.path("type").asText())) {
            throw new DataFormatException(name, "an element of \"features\" is not a Feature");
        }
        JsonNode geometry = feature.get("geometry");
        if (geometry != null && !geometry.isNull()) {
            out.add(geometry);
        }
    }

    private static void checkCrs(JsonNode root, String name) throws DataFormatException {
        String crs = root.path("crs").path("properties").path("name").asText("");
        String norm = crs.toUpperCase(Locale.ROOT);
        if (!crs.isEmpty() && !norm.endsWith("CRS84") && !norm.matches(".*EPSG:+4326")) {
            throw new DataFormatException(name, "coordinates are in " + crs
                    + "; expected lon/lat (CRS84 or EPSG:4326) like the GeoTIFF");
        }
    }

    private static Geometry toPixels(JsonNode geometry, GeoTransform t, String name, String where)
            throws DataFormatException {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new DataFormatException(name, where + ": " + type + " without a coordinates array");
        }
        switch (type) {
            case "Polygon" -> {
                return polygon(coordinates, t, name, where);
            }
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i), t, name, where + ", part " + i);
                }
                return GEOMETRY.createMultiPolygon(parts);
            }
            default -> throw new DataFormatException(name, where + ": geometry type \"" + type
                    + "\" is not a building footprint (Polygon or MultiPolygon)");
        }
    }

    private static Polygon polygon(JsonNode rings, GeoTransform t, String name, String where) throws DataFormatException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new DataFormatException(name, where + ": a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0), t, name, where + ", exterior ring");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1), t, name, where + ", hole " + i);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, GeoTransform t, String name, String where) throws DataFormatException {
        if (!positions.isArray()) {
            throw new DataFormatException(name, where + ": not an array of positions");
        }
        List<Coordinate> coords = new ArrayList<>(positions.size() + 1);
        for (JsonNode p : positions) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new DataFormatException(name, where + ": position " + p + " is not [lon, lat] or [lon, lat, z]");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            // Two dimensions only: the z of SpaceNet positions (always 0) is dropped here.
            coords.add(new Coordinate(t.pixelX(lon, lat), t.pixelY(lon, lat)));
        }
        if (!coords.isEmpty() && !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0))); // tolerate an unclosed ring
        }
        if (coords.size() < 4) {
            throw new DataFormatException(name, where + ": a ring needs at least 4 positions, got " + positions.size());
        }
        return GEOMETRY.createLinearRing(coords.toArray(Coordinate[]::new));
    }
}
