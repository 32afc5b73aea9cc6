package io.parzen.storage.embedded;

import io.parzen.storage.S3Credentials;
import io.parzen.storage.S3ObjectStore;
import io.parzen.storage.S3Settings;
import io.parzen.storage.StoreLocation;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobProviderMetadata;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.logging.slf4j.config.SLF4JLoggingModule;

/**
 * An S3 server in this process (S3Proxy on a jclouds {@code filesystem-nio2} blob store), for local
 * mode and tests. It listens on 127.0.0.1 only, with an access key and secret generated at each
 * start, and keeps the bucket's objects as plain files under {@code <folder>/<bucket>/}, so data
 * survives a restart on the same folder.
 *
 * <p>Hand {@link #settings()} to the clients (or, via {@link S3Settings#toEnv()}, to child
 * processes); nothing here prints them.
 */
public final class EmbeddedS3Server implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final S3Settings settings;
    private final String bucket;
    private final Path folder;
    private final Duration startDuration;

    private EmbeddedS3Server(S3Proxy proxy, BlobStoreContext context, S3Settings settings, String bucket,
            Path folder, Duration startDuration) {
        this.proxy = proxy;
        this.context = context;
        this.settings = settings;
        this.bucket = bucket;
        this.folder = folder;
        this.startDuration = startDuration;
    }

    /** Starts on a free port with the bucket created in {@code folder}. */
    public static EmbeddedS3Server start(Path folder, String bucket) throws IOException {
        return start(folder, bucket, 0);
    }

    /**
     * Starts on {@code port} (0 for any free port), serving {@code folder} and creating
     * {@code bucket} in it if missing.
     */
    public static EmbeddedS3Server start(Path folder, String bucket, int port) throws IOException {
        return start(folder, bucket, port, generateCredentials());
    }

    /**
     * Starts with given credentials: to bring a stopped server back on the same folder, port and
     * keys, so that its clients carry on (what the store-outage tests do).
     */
    public static EmbeddedS3Server start(Path folder, String bucket, int port, S3Credentials credentials) throws IOException {
        StoreLocation.requireBucket(bucket, "s3://" + bucket);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        long started = System.nanoTime();
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);

        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", root.toString());
        // Pass the provider itself: looking it up by id ("filesystem-nio2") makes jclouds load every
        // provider S3Proxy registers, and its Azure one needs the jars trimmed from the pom.
        BlobStoreContext context = ContextBuilder.newBuilder(new FilesystemNio2BlobProviderMetadata())
                .credentials("local", "unused") // jclouds insists; the filesystem ignores them
                .overrides(properties)
                .modules(List.of(new SLF4JLoggingModule()))
                .buildView(BlobStoreContext.class);
        S3Proxy proxy = null;
        try {
            BlobStore blobStore = context.getBlobStore();
            blobStore.createContainerInLocation(null, bucket);
            proxy = S3Proxy.builder()
                    .blobStore(blobStore)
                    .endpoint(URI.create("http://" + LOOPBACK + ":" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKey(), credentials.secretKey())
                    // MinIO SDK 9 sends x-amz-checksum-* headers S3Proxy 2.9.0 does not know and would
                    // answer 501 to; the payload's SHA-256 is still checked through the signature.
                    .ignoreUnknownHeaders(true)
                    .build();
            proxy.start();
            awaitStarted(proxy);
            URI endpoint = URI.create("http://" + LOOPBACK + ":" + proxy.getPort());
            S3Settings settings = new S3Settings(endpoint, S3Settings.DEFAULT_REGION, credentials);
            return new EmbeddedS3Server(proxy, context, settings, bucket, root,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            stopQuietly(proxy, context, e);
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("embedded S3 server on " + LOOPBACK + ":" + port + " did not start: " + e.getMessage(), e);
        }
    }

    /** Endpoint, region and this run's credentials. */
    public S3Settings settings() {
        return settings;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return settings.endpoint();
    }

    /** The port it listens on. */
    public int port() {
        return settings.endpoint().getPort();
    }

    /** The bucket created at start. */
    public String bucket() {
        return bucket;
    }

    /** The folder holding the buckets. */
    public Path folder() {
        return folder;
    }

    /** {@code s3://<bucket>/}. */
    public String location() {
        return "s3://" + bucket + "/";
    }

    /** How long {@link #start} took, blob store and bucket included. */
    public Duration startDuration() {
        return startDuration;
    }

    /** A client store on the bucket under {@code prefix}; the caller closes it. */
    public S3ObjectStore openStore(String prefix) {
        return new S3ObjectStore(settings, bucket, prefix);
    }

    /** Stops the server and releases the blob store. */
    @Override
    public void close() throws IOException {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IOException("stopping the embedded S3 server at " + endpoint() + ": " + e.getMessage(), e);
        } finally {
            context.close();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedS3Server[" + location() + " at " + endpoint() + ", folder " + folder + "]";
    }

    private static S3Credentials generateCredentials() {
        SecureRandom random = new SecureRandom();
        byte[] access = new byte[8];
        byte[] secret = new byte[24];
        random.nextBytes(access);
        random.nextBytes(secret);
        HexFormat hex = HexFormat.of();
        return new S3Credentials("parzen" + hex.formatHex(access), hex.formatHex(secret));
    }

    private static void awaitStarted(S3Proxy proxy) throws Exception {
        // start() normally returns started; the loop guards against an asynchronous start.
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if ("FAILED".equals(proxy.getState()) || System.nanoTime() > deadline) {
                throw new IOException("S3Proxy state " + proxy.getState());
            }
            Thread.sleep(5);
        }
    }

    private static void stopQuietly(S3Proxy proxy, BlobStoreContext context, Exception cause) {
        try {
            if (proxy != null) {
                proxy.stop();
            }
        } catch (Exception e) {
            cause.addSuppressed(e);
        } finally {
            context.close();
        }
    }
}
