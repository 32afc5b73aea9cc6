package io.parzen.trainer.data.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parzen.trainer.data.geo.GeoTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes building footprints as a SpaceNet-style labels file: a FeatureCollection in lon/lat with
 * the CRS84 {@code crs} member and 3D positions (z = 0), each feature a Polygon or MultiPolygon.
 * Output bytes depend only on the input (Jackson writes doubles with {@link Double#toString}).
 */
public final class GeoJsonWriter {

    /** A footprint in pixel space with its SpaceNet-like attributes. */
    public record Feature(Geometry pixels, int buildingId, boolean partial, boolean multi) {}

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonWriter() {}

    public static byte[] write(List<Feature> features, GeoTransform transform) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("crs");
            g.writeStringField("type", "name");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            for (Feature f : features) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                g.writeNumberField("BuildingId", f.buildingId());
                g.writeNumberField("partialBuilding", f.partial() ? 1 : 0);
                g.writeEndObject();
                g.writeObjectFieldStart("geometry");
                boolean multi = f.multi() || f.pixels().getNumGeometries() > 1;
                g.writeStringField("type", multi ? "MultiPolygon" : "Polygon");
                g.writeArrayFieldStart("coordinates");
                for (int p = 0; p < f.pixels().getNumGeometries(); p++) {
                    if (multi) {
                        g.writeStartArray();
                    }
                    writePolygon(g, (Polygon) f.pixels().getGeometryN(p), transform);
                    if (multi) {
                        g.writeEndArray();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void writePolygon(JsonGenerator g, Polygon p, GeoTransform t) throws IOException {
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
            g.writeStartArray();
            for (Coordinate c : (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates()) {
                g.writeStartArray();
                g.writeNumber(t.worldX(c.x, c.y));
                g.writeNumber(t.worldY(c.x, c.y));
                g.writeNumber(0.0);
                g.writeEndArray();
            }
            g.writeEndArray();
        }
    }
}
