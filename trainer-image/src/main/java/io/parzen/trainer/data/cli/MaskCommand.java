package io.parzen.trainer.data.cli;

import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffReader;
import io.parzen.trainer.data.label.LabelMask;
import io.parzen.trainer.data.label.MaskRenderer;
import io.parzen.trainer.data.label.MaskStats;
import io.parzen.trainer.data.label.TileLabeler;
import io.parzen.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parzen dataset mask}: draws the 3-class mask of one tile as a PNG. */
@Command(name = "mask", mixinStandardHelpOptions = true,
        description = "Write the 3-class mask (0 background, 1 building, 2 border) of one tile "
                + "as an 8-bit single-channel PNG.")
public final class MaskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE.tif", description = "3-band 16-bit GeoTIFF tile")
    Path image;

    @Parameters(index = "1", paramLabel = "LABELS.geojson", description = "its building footprints")
    Path labels;

    @Option(names = "--out", required = true, paramLabel = "MASK.png", description = "where to write the mask")
    Path out;

    @Option(names = "--border", defaultValue = "" + MaskRenderer.DEFAULT_BORDER_WIDTH,
            description = "border ring width in pixels (default: ${DEFAULT-VALUE})")
    double border;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> outProblem = OutputFile.problem(out, "mask.png");
        if (outProblem.isPresent()) {
            err.println(spec.qualifiedName() + ": " + outProblem.get());
            return ExitCodes.INVALID_INPUT;
        }
        for (Path input : new Path[] {image, labels}) {
            if (!Files.isRegularFile(input)) {
                err.println(spec.qualifiedName() + ": " + input + (Files.isDirectory(input) ? " is a folder, not a file" : ": no such file"));
                return ExitCodes.INVALID_INPUT;
            }
        }
        try {
            GeoTiff tiff = GeoTiffReader.read(Files.readAllBytes(image), image.toString(), 3);
            LabelMask mask = new TileLabeler(new MaskRenderer(border)).label(Files.readAllBytes(labels),
                    labels.toString(), tiff.geo(), tiff.raster().width(), tiff.raster().height(), image.toString());
            Files.write(out, MaskPng.encode(mask));
            MaskStats s = mask.stats();
            long[] h = mask.histogram();
            spec.commandLine().getOut().printf("%s: %dx%d, %d footprints: %d drawn, %d outside, %d too small, "
                            + "%d repaired; pixels background %d, building %d, border %d%n", out, mask.width(),
                    mask.height(), s.footprints(), s.drawn(), s.outside(), s.tooSmall(), s.repaired(), h[0], h[1], h[2]);
            return 0;
        } catch (DataFormatException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }
}
