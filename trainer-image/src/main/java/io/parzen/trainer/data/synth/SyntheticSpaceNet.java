package io.parzen.trainer.data.synth;

import io.parzen.storage.DatasetPaths;
import io.parzen.storage.ObjectStore;
import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffWriter;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Writes a synthetic SpaceNet dataset in the real layout: uncompressed 16-bit 3-band GeoTIFFs
 * georeferenced in EPSG:4326 on a grid of tiles starting near Las Vegas (115.30 W, 36.25 N), and
 * SpaceNet-style GeoJSON labels clipped to each tile. Image {@code i} (from 0) is
 * {@code AOI_2_Vegas_img<i+1>} and depends only on the seed and {@code i}, so the same seed gives the
 * same bytes whatever the tile count, and tiles are generated in parallel.
 */
public final class SyntheticSpaceNet {

    /** SpaceNet's name for the Las Vegas area of interest. */
    public static final String AOI = "AOI_2_Vegas";
    static final double WEST = -115.30;
    static final double NORTH = 36.25;
    static final int GRID_COLUMNS = 32;
    private static final int CHUNK = 16;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** Files of one generated image. */
    public record Sample(DatasetPaths.Tile tile, byte[] tiff, byte[] geojson, int buildings) {
        /** SpaceNet's ImageId, e.g. {@code AOI_2_Vegas_img1}. */
        public String id() {
            return SpaceNetDataset.imageId(tile);
        }
    }

    /** What a run wrote. */
    public record Summary(int tiles, int buildings, int emptyTiles, long bytes, long millis) {
        public double tilesPerSecond() {
            return tiles * 1000.0 / Math.max(1, millis);
        }
    }

    private SyntheticSpaceNet() {}

    /** Generates and stores the whole dataset, a chunk of tiles at a time to bound memory. */
    public static Summary write(ObjectStore store, SynthConfig config) throws IOException {
        long start = System.nanoTime();
        DatasetPaths paths = new DatasetPaths(config.name());
        int buildings = 0;
        int empty = 0;
        long bytes = 0;
        for (int from = 0; from < config.tiles(); from += CHUNK) {
            List<Sample> chunk = IntStream.range(from, Math.min(config.tiles(), from + CHUNK)).parallel()
                    .mapToObj(i -> sample(config, i)).toList();
            for (Sample s : chunk) {
                store.put(paths.image(s.tile()), s.tiff(), "image/tiff");
                store.put(paths.buildings(s.tile()), s.geojson(), "application/geo+json");
                buildings += s.buildings();
                empty += s.buildings() == 0 ? 1 : 0;
                bytes += s.tiff().length + s.geojson().length;
            }
        }
        return new Summary(config.tiles(), buildings, empty, bytes, (System.nanoTime() - start) / 1_000_000);
    }

    /** Generates image {@code index}; pure. */
    public static Sample sample(SynthConfig config, int index) {
        SplittableRandom rng = new SplittableRandom(mix(config.seed(), index));
        boolean empty = rng.nextDouble() < config.emptyFraction();
        Scene scene = SceneGenerator.generate(rng.split(), config.size(), empty);
        int size = config.size();
        double tileDegrees = size * config.pixelDegrees();
        GeoReference geo = GeoReference.wgs84(WEST + (index % GRID_COLUMNS) * tileDegrees,
                NORTH - (index / GRID_COLUMNS) * tileDegrees, config.pixelDegrees(), config.pixelDegrees());
        byte[] tiff = GeoTiffWriter.write(new GeoTiff(ScenePainter.paint(scene, rng.split()), geo));
        List<GeoJsonWriter.Feature> features = labels(scene);
        return new Sample(new DatasetPaths.Tile(AOI, index + 1), tiff, GeoJsonWriter.write(features, geo.transform()),
                features.size());
    }

    /** Footprints clipped to the image, as SpaceNet's labels are; buildings outside are left out. */
    static List<GeoJsonWriter.Feature> labels(Scene scene) {
        Envelope tile = new Envelope(0, scene.size(), 0, scene.size());
        Geometry tileShape = GEOMETRY.toGeometry(tile);
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        for (Scene.Building b : scene.buildings()) {
            Geometry g = b.footprint();
            boolean partial = !tile.contains(g.getEnvelopeInternal());
            if (partial) {
                g = polygonal(g.intersection(tileShape));
            }
            if (g != null && !g.isEmpty()) {
                out.add(new GeoJsonWriter.Feature(g, out.size() + 1, partial, b.multi()));
            }
        }
        return out;
    }

    /** The areal part of a clipping result (clipping can leave slivers of lines or points). */
    private static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** A well-spread per-image seed (SplitMix64 finaliser), so neighbouring images are unrelated. */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
