package io.parzen.operator.cli;

import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The {@code --store LOCATION} option shared by the commands that read studies. */
public final class StoreOption {
    /** The variable giving the default store location. */
    public static final String STORE_VAR = "PARZEN_STORE";
    /** The folder of a store's root that holds the studies (the object layout's top level). */
    private static final String STUDIES = "studies";

    @Option(names = "--store", paramLabel = "LOCATION", defaultValue = "${env:" + STORE_VAR + "}",
            description = "Folder or s3://bucket/prefix holding studies/ (default: $" + STORE_VAR + "). "
                    + "s3 reads PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.")
    String location;

    /**
     * Opens the store; fails with a message naming the option when none was given, and without
     * creating anything when a local folder does not exist (these commands only read, and a typo
     * should not leave folders behind).
     */
    ObjectStore open(Map<String, String> env) throws IOException {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("no store: give --store LOCATION or set " + STORE_VAR);
        }
        if (StoreLocation.parse(location) instanceof StoreLocation.Local local) {
            return ObjectStores.open(studiesRoot(local.folder()).toString(), env);
        }
        return ObjectStores.open(location, env);
    }

    /**
     * The folder holding {@code studies/}: {@code folder} itself, or, for the embedded S3 store's folder
     * that {@code parzen local} prints, its one bucket folder that holds {@code studies/}.
     *
     * @throws IllegalArgumentException when {@code folder} does not exist or is a file
     */
    static Path studiesRoot(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new IllegalArgumentException("no store at " + folder + ": the folder does not exist (give the store "
                    + "folder parzen local printed, a folder holding studies/, or s3://bucket/prefix)");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no store at " + folder + ": it is a file, not a folder");
        }
        if (Files.isDirectory(folder.resolve(STUDIES))) {
            return folder;
        }
        List<Path> buckets;
        try (Stream<Path> children = Files.list(folder)) {
            buckets = children.filter(c -> Files.isDirectory(c.resolve(STUDIES))).toList();
        }
        return buckets.size() == 1 ? buckets.get(0) : folder;
    }
}
