package io.parzen.trainer.data.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.LocalObjectStore;
import io.parzen.trainer.TrainerCli;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffReader;
import io.parzen.trainer.data.label.LabelMask;
import io.parzen.trainer.data.label.MaskRenderer;
import io.parzen.trainer.data.label.TileLabeler;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DatasetCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code parzen dataset ARGS} as the trainer's command line does. */
    private int run(String... args) {
        CommandLine cli = TrainerCli.commandLine(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "dataset";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void synthWritesTheSpaceNetLayoutThenMaskDrawsATile() throws Exception {
        Path data = dir.resolve("store");
        assertEquals(0, run("synth", "--out", data.toString(), "--tiles", "3", "--seed", "9", "--size", "128", "--name", "demo"),
                err.toString());
        assertTrue(out.toString().startsWith("wrote 3 images"), out.toString());
        Path tif = data.resolve("datasets/demo/RGB-PanSharpen/RGB-PanSharpen_AOI_2_Vegas_img2.tif");
        Path json = data.resolve("datasets/demo/geojson/buildings/buildings_AOI_2_Vegas_img2.geojson");
        assertTrue(Files.isRegularFile(tif) && Files.isRegularFile(json));

        Path png = dir.resolve("mask.png");
        assertEquals(0, run("mask", tif.toString(), json.toString(), "--out", png.toString()), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        GeoTiff t = GeoTiffReader.read(Files.readAllBytes(tif), "t", 3);
        LabelMask expected = new TileLabeler(new MaskRenderer()).label(Files.readAllBytes(json), "j", t.geo(), 128, 128, "t");
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                assertEquals(expected.at(x, y), image.getRaster().getSample(x, y, 0), "pixel " + x + "," + y);
            }
        }
        assertEquals(3, new LocalObjectStore(data).list("datasets/demo/RGB-PanSharpen/").size());
    }

    @Test
    void maskOfABadFileFailsWithItsNameAndNoStackTrace() throws Exception {
        Path tif = Files.write(dir.resolve("bad.tif"), new byte[] {1, 2, 3});
        Path json = Files.writeString(dir.resolve("x.geojson"), "{}");
        assertEquals(2, run("mask", tif.toString(), json.toString(), "--out", dir.resolve("m.png").toString()));
        assertEquals("parzen dataset mask: " + tif + ": not a TIFF file (only 3 bytes)", err.toString().strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "out-folder     | is a folder; give a file name in it, e.g. --out",
        "missing-parent | does not exist; create it first (mkdir -p",
        "missing-image  | nope.tif: no such file",
    })
    void maskChecksItsFilesBeforeAnyWork(String problem, String message) throws Exception {
        Path tif = Files.write(dir.resolve("t.tif"), new byte[] {1, 2, 3});
        Path json = Files.writeString(dir.resolve("t.geojson"), "{}");
        Path out = switch (problem.strip()) {
            case "out-folder" -> dir;
            case "missing-parent" -> dir.resolve("masks").resolve("m7.png");
            default -> dir.resolve("m.png");
        };
        Path image = problem.strip().equals("missing-image") ? dir.resolve("nope.tif") : tif;
        assertEquals(2, run("mask", image.toString(), json.toString(), "--out", out.toString()));
        assertTrue(err.toString().startsWith("parzen dataset mask: ") && err.toString().contains(message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(!Files.exists(dir.resolve("masks")), "nothing created");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(2, run("synth", "--out", dir.toString(), "--tiles", "0", "--seed", "1"));
        assertTrue(err.toString().contains("tiles must be positive"), err.toString());
        assertEquals(2, run("synth", "--tiles", "1"));
        assertTrue(err.toString().contains("Missing required options"), err.toString());
    }
}
