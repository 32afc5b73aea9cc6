package io.parzen.operator.cli;

import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The {@code --store LOCATION} option shared by the commands that read studies. */
public final class StoreOption {
    /** The variable giving the default store location. */
    public static final String STORE_VAR = "PARZEN_STORE";
    /** The folder of a store's root that holds the studies (the object layout's top level; a path drops its '/'). */
    private static final String STUDIES = ObjectLayout.STUDIES;
    /** The embedded store's folder in a study's work folder (parzen local). */
    private static final String LOCAL_STORE = "store";

    @Option(names = "--store", paramLabel = "LOCATION", defaultValue = "${env:" + STORE_VAR + "}",
            description = "Folder or s3://bucket/prefix holding studies/ (default: $" + STORE_VAR + ", else the store "
                    + "parzen local left in parzen-work/). "
                    + "s3 reads PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.")
    String location;

    /**
     * Opens the store; fails with a message naming the option when none was given, and without
     * creating anything when a local folder does not exist (these commands only read, and a typo
     * should not leave folders behind).
     */
    ObjectStore open(Map<String, String> env) throws IOException {
        return open(env, null, Path.of(LocalCommand.DEFAULT_WORK));
    }

    /**
     * Opens the store; without a location, the one {@code parzen local} left under {@code work} for
     * {@code study} (or, without a study, for the only study there).
     */
    ObjectStore open(Map<String, String> env, String study, Path work) throws IOException {
        if (location == null || location.isBlank()) {
            Optional<Path> left = localStore(work, study);
            if (left.isEmpty()) {
                throw new IllegalArgumentException("no store: give --store LOCATION or set " + STORE_VAR + " (there is no "
                        + (study == null ? "study's" : "study " + study + "'s") + " store under " + work + "/ here either)");
            }
            return ObjectStores.open(studiesRoot(left.get()).toString(), env);
        }
        if (StoreLocation.parse(location) instanceof StoreLocation.Local local) {
            return ObjectStores.open(studiesRoot(local.folder()).toString(), env);
        }
        return ObjectStores.open(location, env);
    }

    /**
     * The embedded store {@code parzen local} left in {@code work/<study>/store}: {@code study}'s, or
     * without a study the only one there.
     *
     * @throws IllegalArgumentException when there is no study and several stores
     */
    static Optional<Path> localStore(Path work, String study) throws IOException {
        if (!Files.isDirectory(work)) {
            return Optional.empty();
        }
        if (study != null) {
            Path store = work.resolve(study).resolve(LOCAL_STORE);
            return Files.isDirectory(store) ? Optional.of(store) : Optional.empty();
        }
        List<Path> stores;
        try (Stream<Path> children = Files.list(work)) {
            stores = children.map(c -> c.resolve(LOCAL_STORE)).filter(Files::isDirectory).sorted().toList();
        }
        if (stores.size() > 1) {
            throw new IllegalArgumentException("no --store, and " + work + "/ holds the stores of several studies ("
                    + String.join(", ", stores.stream().map(p -> p.getParent().getFileName().toString()).toList())
                    + "): give --study NAME or --store LOCATION");
        }
        return stores.stream().findFirst();
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
