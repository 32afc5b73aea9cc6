package io.parzen.trainer.data.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parzen.trainer.data.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-checks our GeoTIFFs and rasterisation with GDAL when gdal-bin is installed; skipped otherwise. */
class GdalCrossCheckTest {

    @Test
    void gdalReadsOurGeoreferencingAndSampleType(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("gdalinfo"), "gdalinfo not installed (apt-get install gdal-bin)");
        Path tif = dir.resolve("t.tif");
        Files.write(tif, GeoTiffWriter.write(new GeoTiff(Fixtures.ramp(40, 30, 3), Fixtures.NON_SQUARE)));
        Process p = new ProcessBuilder("gdalinfo", tif.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), info);
        assertTrue(info.contains("Size is 40, 30"), info);
        assertTrue(info.contains("Origin = (-115.200000000000003,36.100000000000001)"), info);
        assertTrue(info.contains("Pixel Size = (0.000003000000000,-0.000002000000000)"), info);
        assertTrue(info.contains("Type=UInt16"), info);
        assertTrue(info.contains("4326"), info);
    }

    @Test
    void gdalRasterizeDrawsFootprintsOnTheSamePixelsAsOurScanlineFill(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("gdal_rasterize"), "gdal_rasterize not installed (apt-get install gdal-bin)");
        var sample = io.parzen.trainer.data.synth.SyntheticSpaceNet.sample(
                io.parzen.trainer.data.synth.SynthConfig.of("g", 1, 3, 650), 0);
        GeoTiff image = GeoTiffReader.read(sample.tiff(), "img", 3);
        Path json = Files.write(dir.resolve("b.geojson"), sample.geojson());
        Path ref = dir.resolve("ref.tif");
        GeoTransform t = image.geo().transform();
        Process p = new ProcessBuilder("gdal_rasterize", "-q", "-burn", "1", "-ot", "UInt16", "-ts", "650", "650",
                "-te", "" + t.originX(), "" + t.worldY(650, 650), "" + t.worldX(650, 650), "" + t.originY(),
                json.toString(), ref.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        short[] gdal = GeoTiffReader.read(Files.readAllBytes(ref), "ref", 1).raster().samples();

        var footprints = io.parzen.trainer.data.label.FootprintReader.read(sample.geojson(), "b", t);
        byte[] ours = new byte[650 * 650];
        io.parzen.trainer.data.label.ScanlineFill.paint(footprints.polygons(), ours, 650, 650, (byte) 1);
        int differ = 0;
        int inside = 0;
        for (int i = 0; i < ours.length; i++) {
            differ += gdal[i] != ours[i] ? 1 : 0;
            inside += gdal[i];
        }
        assertTrue(inside > 1000, "the tile has buildings: " + inside);
        assertEquals(0, differ, "pixels where gdal_rasterize and ScanlineFill disagree");
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
