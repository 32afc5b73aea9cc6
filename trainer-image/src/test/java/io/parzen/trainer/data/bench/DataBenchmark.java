package io.parzen.trainer.data.bench;

import io.parzen.storage.DatasetPaths;
import io.parzen.storage.LocalObjectStore;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffReader;
import io.parzen.trainer.data.label.FootprintReader;
import io.parzen.trainer.data.label.Footprints;
import io.parzen.trainer.data.label.MaskRenderer;
import io.parzen.trainer.data.pixels.PercentileStretch;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Data-layer timings on 650x650 tiles in a local folder (not a unit test). Run with
 * {@code mvn -q -f trainer-image/pom.xml test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.parzen.trainer.data.bench.DataBenchmark [-Dexec.args=TILES]}.
 */
public final class DataBenchmark {

    private DataBenchmark() {}

    public static void main(String[] args) throws Exception {
        int tiles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("parzen-bench");
        LocalObjectStore store = new LocalObjectStore(dir);
        SyntheticSpaceNet.write(store, SynthConfig.of("warm", 32, 1, 650)); // JIT warm-up
        var s = SyntheticSpaceNet.write(store, SynthConfig.of("bench", tiles, 7, 650));
        System.out.printf("synth: %d tiles of 650x650 (%d buildings, %.0f MB) in %d ms = %.0f tiles/s on %d cores%n",
                s.tiles(), s.buildings(), s.bytes() / 1e6, s.millis(), s.tilesPerSecond(),
                Runtime.getRuntime().availableProcessors());

        SpaceNetDataset ds = SpaceNetDataset.open(store, "bench");
        List<String> ids = ds.imageIds();
        Tiler crop = new Tiler(256, Tiler.Mode.CROP);
        long[] runs = new long[8];
        long[] io = new long[8];
        for (int r = 0; r < runs.length; r++) {
            List<String> batch = ids.subList((r * 16) % (ids.size() - 16), (r * 16) % (ids.size() - 16) + 16);
            long t = System.nanoTime();
            for (String id : batch) { // the bare reads: what the file system costs
                DatasetPaths.Tile tile = DatasetPaths.parseImage("RGB-PanSharpen_" + id + ".tif").orElseThrow();
                store.get(ds.paths().image(tile));
                store.get(ds.paths().buildings(tile));
            }
            io[r] = (System.nanoTime() - t) / 1_000_000;
            long t0 = System.nanoTime();
            TileBatch b = ds.batch(batch, crop);
            runs[r] = (System.nanoTime() - t0) / 1_000_000;
            if (r == 0) {
                System.out.printf("batch: 16 images -> %d tiles of %dx%dx%d%n", b.n(), b.channels(), b.height(), b.width());
            }
        }
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        System.out.printf("read 16 images into tensors (parallel): runs %s ms, median %d ms "
                + "(just before each, the bare file reads took %s ms)%n", Arrays.toString(runs), sorted[runs.length / 2],
                Arrays.toString(io));

        // Single-threaded breakdown per image, after warm-up.
        DatasetPaths paths = ds.paths();
        double decode = 0;
        double mask = 0;
        double stretch = 0;
        int buildings = 0;
        int n = Math.min(64, ids.size());
        MaskRenderer renderer = new MaskRenderer();
        for (int i = 0; i < n; i++) {
            DatasetPaths.Tile tile = DatasetPaths.parseImage("RGB-PanSharpen_" + ids.get(i) + ".tif").orElseThrow();
            byte[] tif = store.get(paths.image(tile));
            byte[] json = store.get(paths.buildings(tile));
            long t0 = System.nanoTime();
            GeoTiff g = GeoTiffReader.read(tif, "x", 3);
            long t1 = System.nanoTime();
            Footprints f = FootprintReader.read(json, "y", g.geo().transform());
            renderer.render(f, 650, 650);
            long t2 = System.nanoTime();
            new PercentileStretch().apply(g.raster());
            long t3 = System.nanoTime();
            decode += (t1 - t0) / 1e6;
            mask += (t2 - t1) / 1e6;
            stretch += (t3 - t2) / 1e6;
            buildings += f.polygons().size();
        }
        System.out.printf("per image, one thread: TIFF decode %.1f ms, GeoJSON + mask %.1f ms (%.0f buildings), "
                + "stretch %.1f ms%n", decode / n, mask / n, buildings / (double) n, stretch / n);
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
