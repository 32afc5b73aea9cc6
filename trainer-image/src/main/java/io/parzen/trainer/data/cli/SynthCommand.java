package io.parzen.trainer.data.cli;

import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parzen dataset synth}: writes a synthetic SpaceNet dataset into a folder or bucket. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write a synthetic SpaceNet dataset (16-bit GeoTIFF + GeoJSON) under datasets/NAME/.")
public final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "LOCATION",
            description = "s3://bucket/prefix (endpoint and keys from PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, "
                    + "AWS_SECRET_ACCESS_KEY) or a folder")
    String out;

    @Option(names = "--tiles", required = true, paramLabel = "N", description = "number of images")
    int tiles;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed; same seed, same bytes")
    long seed;

    @Option(names = "--size", defaultValue = "" + SynthConfig.DEFAULT_SIZE, paramLabel = "PX",
            description = "image width and height in pixels (default: ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--name", defaultValue = SynthConfig.DEFAULT_NAME,
            description = "dataset name (default: ${DEFAULT-VALUE})")
    String name;

    @Override
    public Integer call() throws Exception {
        SynthConfig config;
        try {
            config = SynthConfig.of(name, tiles, seed, size);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return 2;
        }
        try (ObjectStore store = ObjectStores.open(out)) {
            SyntheticSpaceNet.Summary s = SyntheticSpaceNet.write(store, config);
            spec.commandLine().getOut().printf("wrote %d images (%d buildings, %d without any, %.1f MB) to %s/datasets/%s/"
                            + " in %.1f s (%.0f images/s)%n", s.tiles(), s.buildings(), s.emptyTiles(), s.bytes() / 1e6,
                    store.describe(), name, s.millis() / 1000.0, s.tilesPerSecond());
        }
        return 0;
    }
}
