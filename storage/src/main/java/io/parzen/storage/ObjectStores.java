package io.parzen.storage;

import java.io.IOException;
import java.util.Map;

/** Opens an {@link ObjectStore} for a location string; the one place that picks the implementation. */
public final class ObjectStores {
    private ObjectStores() {}

    /** {@link #open(String, Map)} with the process environment. */
    public static ObjectStore open(String location) throws IOException {
        return open(location, System.getenv());
    }

    /**
     * Opens {@code s3://bucket/prefix} (endpoint and credentials from {@code PARZEN_S3_ENDPOINT},
     * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, optional {@code AWS_REGION} in
     * {@code env}) or a local folder (plain path or {@code file:} URI; created if missing).
     *
     * @throws IllegalArgumentException for a bad location or a missing variable, naming it
     */
    public static ObjectStore open(String location, Map<String, String> env) throws IOException {
        StoreLocation parsed = StoreLocation.parse(location);
        if (parsed instanceof StoreLocation.S3 s3) {
            return new S3ObjectStore(S3Settings.fromEnv(env, s3.toString()), s3.bucket(), s3.prefix());
        }
        return new LocalObjectStore(((StoreLocation.Local) parsed).folder());
    }

    /**
     * As {@link #open(String, Map)}, for a store that is only read: a local folder must already
     * exist (a mistyped path gets an error, not a new empty folder).
     *
     * @throws IllegalArgumentException also when the folder is missing or is a file, naming it
     */
    public static ObjectStore openExisting(String location, Map<String, String> env) throws IOException {
        if (StoreLocation.parse(location) instanceof StoreLocation.Local local) {
            java.nio.file.Path folder = local.folder();
            if (java.nio.file.Files.isRegularFile(folder)) {
                throw new IllegalArgumentException(folder + " is a file, not a folder");
            }
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new IllegalArgumentException("no folder " + folder + " (it does not exist)");
            }
        }
        return open(location, env);
    }
}
