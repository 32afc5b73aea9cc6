package io.parzen.operator.local;

import io.parzen.storage.embedded.EmbeddedS3Server;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.S3Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The store a local study runs on: the embedded S3 server on a folder (the default), or an
 * external S3 endpoint such as a MinIO given as {@code s3://bucket} with the usual variables.
 * Trainers reach it over S3 either way, exactly as in the cluster.
 *
 * @param store the bucket root, for the runner's own reads and writes
 * @param bucketRoot {@code s3://bucket} as trainers address it
 * @param trainerEnv endpoint and credentials to hand to trainer processes
 */
public record LocalStore(ObjectStore store, String bucketRoot, Map<String, String> trainerEnv, AutoCloseable server)
        implements AutoCloseable {

    public static LocalStore embedded(Path folder, String bucket) throws IOException {
        EmbeddedS3Server server = EmbeddedS3Server.start(folder, bucket);
        return new LocalStore(server.openStore(""), "s3://" + bucket, server.settings().toEnv(), server);
    }

    /** An external store; {@code location} must be {@code s3://bucket} (no prefix: trials address the bucket root). */
    public static LocalStore external(String location, Map<String, String> env) throws IOException {
        if (!location.startsWith("s3://") || location.substring(5).isEmpty() || location.substring(5).contains("/")) {
            throw new IllegalArgumentException("--store '" + location + "' must be s3://BUCKET (a bucket, no prefix)");
        }
        S3Settings settings = S3Settings.fromEnv(env, "--store " + location);
        return new LocalStore(ObjectStores.open(location, env), location, settings.toEnv(), () -> { });
    }

    @Override
    public void close() throws Exception {
        store.close();
        server.close();
    }
}
