package io.parzen.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.Http;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * An {@link ObjectStore} on an S3 bucket (any S3-compatible service), through the MinIO Java SDK
 * with path-style requests, under an optional key prefix.
 *
 * <p>Transient failures are retried under a {@link RetryPolicy}; a missing object is an
 * {@link ObjectNotFoundException}; every other failure becomes an {@link IOException} whose message
 * names the operation, key, location and endpoint (never the credentials). Thread-safe.
 */
public final class S3ObjectStore implements ObjectStore {
    private static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound");
    private static final long CONNECT_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(10);
    private static final long READ_WRITE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private final MinioClient client;
    private final S3Settings settings;
    private final String bucket;
    private final String root;
    private final Retrier retrier;

    /** A store on {@code bucket} under {@code prefix} ("" or ending with '/'), default retries. */
    public S3ObjectStore(S3Settings settings, String bucket, String prefix) {
        this(settings, bucket, prefix, RetryPolicy.DEFAULT);
    }

    /** A store with an explicit retry policy ({@link RetryPolicy#NONE} to fail fast). */
    public S3ObjectStore(S3Settings settings, String bucket, String prefix, RetryPolicy retryPolicy) {
        this(settings, bucket, prefix, retryPolicy, SharedHttpClient.INSTANCE);
    }

    /** With a given HTTP client, which the store does not close (tests record requests with it). */
    S3ObjectStore(S3Settings settings, String bucket, String prefix, RetryPolicy retryPolicy, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bucket = StoreLocation.requireBucket(bucket, bucket);
        this.root = normalizePrefix(prefix);
        this.retrier = Retrier.sleeping(retryPolicy);
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(settings.region())
                .credentials(settings.credentials().accessKey(), settings.credentials().secretKey())
                .httpClient(http, false)
                .build();
        // S3-compatible services (MinIO, S3Proxy, Ceph) are addressed by path, not by bucket DNS name.
        client.disableVirtualStyleEndpoint();
    }

    /**
     * One HTTP client for every store in the process: building one costs ~0.4 s (TLS setup), and
     * OkHttp clients are meant to be shared (one connection pool, one dispatcher).
     */
    private static final class SharedHttpClient {
        static final OkHttpClient INSTANCE = Http.newDefaultClient().newBuilder()
                .connectTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .writeTimeout(READ_WRITE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .readTimeout(READ_WRITE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .build();
    }

    /** The bucket. */
    public String bucket() {
        return bucket;
    }

    /** The key prefix inside the bucket, "" or ending with '/'. */
    public String prefix() {
        return root;
    }

    /** Whether the bucket exists (and the credentials may see it). */
    public boolean bucketExists() throws IOException {
        return call("check bucket", "", () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
    }

    @Override
    public void put(String key, byte[] data, String contentType) throws IOException {
        String object = object(key);
        call("put", key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(object)
                .data(data, data.length)
                .contentType(contentType(contentType))
                .build()));
    }

    @Override
    public void putFile(String key, Path file, String contentType) throws IOException {
        String object = object(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "cannot upload to " + key + ": not a file");
        }
        // uploadObject switches to multipart above 5 MiB by itself and reopens the file per attempt.
        call("put file", key, () -> client.uploadObject(UploadObjectArgs.builder()
                .bucket(bucket).object(object)
                .filename(file.toString())
                .contentType(contentType(contentType))
                .build()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        String object = object(key);
        return call("get", key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(object).build()));
    }

    @Override
    public boolean exists(String key) throws IOException {
        String object = object(key);
        try {
            call("stat", key, () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(object).build()));
            return true;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        String full = root + Keys.requirePrefix(prefix);
        return call("list", prefix, () -> {
            List<String> keys = new ArrayList<>();
            Iterable<Result<Item>> items = client.listObjects(ListObjectsArgs.builder()
                    .bucket(bucket).prefix(full).recursive(true).build());
            for (Result<Item> result : items) {
                Item item = result.get();
                String name = item.objectName();
                if (!item.isDir() && !name.endsWith("/") && name.startsWith(root)) {
                    keys.add(name.substring(root.length()));
                }
            }
            keys.sort(null);
            return List.copyOf(keys);
        });
    }

    @Override
    public void delete(String key) throws IOException {
        String object = object(key);
        call("delete", key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(object).build());
            return null;
        });
    }

    /** {@code s3://bucket/prefix/}: a location {@link StoreLocation#parse} reads back. */
    @Override
    public String describe() {
        return "s3://" + bucket + "/" + root;
    }

    @Override
    public String toString() {
        return "S3ObjectStore[" + where() + "]";
    }

    /** The location and the endpoint, for error messages. */
    private String where() {
        return describe() + " at " + settings.endpoint();
    }

    /** Nothing to release: the HTTP client is shared and keeps no connection open for long. */
    @Override
    public void close() {}

    private String object(String key) {
        return root + Keys.requireKey(key);
    }

    private <T> T call(String operation, String key, Retrier.Attempt<T> action) throws IOException {
        try {
            return retrier.call(operation + " " + key + " in " + where(), action);
        } catch (Exception e) {
            throw translate(operation, key, e);
        }
    }

    private IOException translate(String operation, String key, Exception e) {
        if (e instanceof ErrorResponseException r && r.errorResponse() != null) {
            String code = r.errorResponse().code();
            if (NOT_FOUND_CODES.contains(code)) {
                return new ObjectNotFoundException(describe(), key);
            }
            if ("NoSuchBucket".equals(code)) {
                return new IOException("bucket '" + bucket + "' does not exist at " + settings.endpoint());
            }
            int status = r.response() == null ? 0 : r.response().code();
            return new IOException(operation + " " + key + " in " + where() + " failed: HTTP " + status + " "
                    + code + ": " + r.errorResponse().message(), e);
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new InterruptedIOException(operation + " " + key + " in " + where() + " interrupted");
        }
        if (e instanceof IOException || e instanceof MinioException) {
            return new IOException(operation + " " + key + " in " + where() + " failed: " + e, e);
        }
        if (e instanceof RuntimeException r && (r.getCause() instanceof IOException || r.getCause() instanceof MinioException)) {
            // SDK 9 throws a network failure as IllegalStateException(ConnectException) and the like.
            return new IOException(operation + " " + key + " in " + where() + " failed: " + r.getCause(), r);
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        return new IOException(operation + " " + key + " in " + where() + " failed: " + e, e);
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return "";
        }
        String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        p = p.endsWith("/") ? p : p + "/";
        Keys.requirePrefix(p);
        return p;
    }

    private static String contentType(String contentType) {
        return contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
