package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.embedded.EmbeddedS3Server;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract through the real MinIO client against the embedded S3 server; each test gets its
 * own key prefix in one shared bucket, so every contract test also exercises prefix stores.
 */
class S3ObjectStoreTest extends ObjectStoreContract {
    @TempDir
    static Path serverFolder;

    static EmbeddedS3Server server;
    static final AtomicInteger NEXT = new AtomicInteger();

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedS3Server.start(serverFolder, "parzen-test");
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    ObjectStore newStore() {
        return server.openStore("test-" + NEXT.incrementAndGet() + "/");
    }

    @Test
    void largeFileGoesUpInPartsAndComesBackWhole() throws IOException {
        byte[] data = new byte[6 * 1024 * 1024 + 123]; // over the client's 5 MiB part size
        new Random(11).nextBytes(data);
        Path file = temp.resolve("big.bin");
        Files.write(file, data);
        List<String> requests = new CopyOnWriteArrayList<>();
        OkHttpClient recording = new OkHttpClient.Builder().addInterceptor(chain -> {
            Request r = chain.request();
            requests.add(r.method() + " " + (r.url().query() == null ? "" : r.url().query().replaceAll("=[^&]*", "")));
            return chain.proceed(r);
        }).build();
        S3ObjectStore recorded = new S3ObjectStore(server.settings(), server.bucket(), "big/", RetryPolicy.NONE, recording);
        recorded.putFile("models/big.bin", file, "application/octet-stream");
        assertEquals(List.of("POST uploads", "PUT uploadId&partNumber", "PUT uploadId&partNumber", "POST uploadId"),
                requests, "initiate, two parts, complete");
        assertArrayEquals(data, recorded.get("models/big.bin"));
        assertEquals(List.of("models/big.bin"), recorded.list("models/"));
    }

    @Test
    void prefixStoresSeeOnlyTheirOwnKeys() throws IOException {
        try (S3ObjectStore root = server.openStore("");
                S3ObjectStore a = server.openStore("iso/a");
                S3ObjectStore b = server.openStore("/iso/b/")) {
            a.put("k.txt", utf8("a"), "text/plain");
            b.put("k.txt", utf8("b"), "text/plain");
            assertEquals("iso/a/", a.prefix());
            assertEquals("iso/b/", b.prefix());
            assertEquals(List.of("k.txt"), a.list(""));
            assertEquals("b", new String(b.get("k.txt")));
            assertEquals(List.of("iso/a/k.txt", "iso/b/k.txt"), root.list("iso/"));
            assertEquals("s3://parzen-test/iso/a/", a.describe());
            assertEquals(new StoreLocation.S3("parzen-test", "iso/a/"), StoreLocation.parse(a.describe()));
        }
    }

    @Test
    void objectsAreFilesInTheServerFolder() throws IOException {
        store.put("on/disk.txt", utf8("disk"), "text/plain");
        String prefix = ((S3ObjectStore) store).prefix();
        assertEquals("disk", Files.readString(serverFolder.resolve("parzen-test").resolve(prefix + "on/disk.txt")));
    }

    @Test
    void missingBucketIsNamed() throws IOException {
        try (S3ObjectStore none = new S3ObjectStore(server.settings(), "no-such-bucket", "", RetryPolicy.NONE)) {
            assertFalse(none.bucketExists());
            IOException e = assertThrows(IOException.class, () -> none.put("k", utf8("x"), null));
            assertTrue(e.getMessage().contains("no-such-bucket"), e.getMessage());
        }
    }

    @Test
    void wrongSecretIsAPermanentErrorWithoutTheSecret() throws IOException {
        S3Credentials wrong = new S3Credentials(server.settings().credentials().accessKey(), "not-the-secret-42");
        S3Settings settings = new S3Settings(server.endpoint(), null, wrong);
        try (S3ObjectStore store = new S3ObjectStore(settings, server.bucket(), "")) {
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> store.put("k", utf8("x"), null));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "a denial is not retried");
            assertFalse(e.getMessage().contains("not-the-secret-42"), e.getMessage());
            assertFalse(e.getMessage().contains(server.settings().credentials().secretKey()), e.getMessage());
        }
    }

    @Test
    void refusedConnectionIsRetriedThenReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        S3Settings settings = new S3Settings(URI.create("http://127.0.0.1:" + closedPort), null,
                server.settings().credentials());
        RetryPolicy quick = new RetryPolicy(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));
        try (S3ObjectStore store = new S3ObjectStore(settings, "parzen-test", "", quick)) {
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> store.get("k"));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(millis >= 60, "waited 20 + 40 ms between 3 attempts, took " + millis);
            assertTrue(e.getMessage().contains("get k in s3://parzen-test/ at http://127.0.0.1:" + closedPort), e.getMessage());
        }
    }
}
