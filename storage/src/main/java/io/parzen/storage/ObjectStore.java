package io.parzen.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A flat key/value object store: an S3 bucket under a prefix, or a local folder.
 *
 * <p>Keys are relative, '/'-separated (for example {@code studies/s1/trials/s1-0000/result.json})
 * and are resolved under the store's root (bucket prefix or folder). S3 has no append, so writers
 * that grow a file (metrics.jsonl) rewrite the whole object.
 */
public interface ObjectStore extends AutoCloseable {

    /** Writes (or replaces) an object. */
    void put(String key, byte[] data, String contentType) throws IOException;

    /** Uploads a local file as an object (multipart for large files on S3). */
    void putFile(String key, Path file, String contentType) throws IOException;

    /** Reads a whole object; throws {@link ObjectNotFoundException} when it does not exist. */
    default byte[] get(String key) throws IOException {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        }
    }

    /** Opens an object for streaming; throws {@link ObjectNotFoundException} when it does not exist. */
    InputStream open(String key) throws IOException;

    /** Whether the object exists. */
    boolean exists(String key) throws IOException;

    /** All keys under the prefix, recursively, sorted, relative to the store root (no folder placeholders). */
    List<String> list(String prefix) throws IOException;

    /** Removes an object; removing a missing object is not an error. */
    void delete(String key) throws IOException;

    /** Where this store points, for messages: {@code s3://bucket/prefix} or a folder path. Never credentials. */
    String describe();

    @Override
    default void close() throws IOException {}
}
