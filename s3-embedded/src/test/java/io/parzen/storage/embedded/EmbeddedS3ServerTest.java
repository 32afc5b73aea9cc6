package io.parzen.storage.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.RetryPolicy;
import io.parzen.storage.S3Credentials;
import io.parzen.storage.S3ObjectStore;
import io.parzen.storage.S3Settings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle of the embedded server: port, loopback, fresh credentials, data kept across restarts. */
class EmbeddedS3ServerTest {
    @TempDir
    Path folder;

    @Test
    void servesTheBucketOnLoopbackAndKeepsDataAcrossRestarts() throws IOException {
        S3Credentials first;
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder, "bucket-one")) {
            assertEquals("127.0.0.1", server.endpoint().getHost());
            assertTrue(server.port() > 0);
            assertEquals("s3://bucket-one/", server.location());
            assertTrue(Files.isDirectory(folder.resolve("bucket-one")), "bucket is a folder");
            assertTrue(server.startDuration().toNanos() > 0);
            first = server.settings().credentials();
            try (S3ObjectStore store = server.openStore("")) {
                assertTrue(store.bucketExists());
                store.put("kept.txt", "kept".getBytes(), "text/plain");
            }
        }
        try (EmbeddedS3Server again = EmbeddedS3Server.start(folder, "bucket-one");
                S3ObjectStore store = again.openStore("")) {
            assertNotEquals(first.accessKey(), again.settings().credentials().accessKey());
            assertNotEquals(first.secretKey(), again.settings().credentials().secretKey());
            assertEquals("kept", new String(store.get("kept.txt")));
        }
    }

    @Test
    void isNotReachableOnOtherAddresses() throws IOException {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder, "bucket-four");
                Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(external.get(), server.port()), 2000));
        }
    }

    @Test
    void listensOnTheGivenPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder, "bucket-two", port)) {
            assertEquals(port, server.port());
            assertEquals("http://127.0.0.1:" + port, server.endpoint().toString());
        }
    }

    @Test
    void oldCredentialsStopWorkingAfterARestart() throws IOException {
        S3Settings old;
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder, "bucket-three")) {
            old = server.settings();
        }
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder, "bucket-three", old.endpoint().getPort());
                S3ObjectStore stale = new S3ObjectStore(old, "bucket-three", "", RetryPolicy.NONE)) {
            assertEquals(old.endpoint(), server.endpoint(), "same port, new credentials");
            assertThrows(IOException.class, () -> stale.put("k", new byte[1], null));
        }
    }

    @Test
    void badBucketNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedS3Server.start(folder, "Bad_Bucket"));
        assertTrue(e.getMessage().contains("Bad_Bucket"), e.getMessage());
    }

    @Test
    void settingsWorkThroughTheEnvironment() throws IOException {
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder.resolve("s3"), "env-bucket");
                ObjectStore store = ObjectStores.open("s3://env-bucket/trial/", server.settings().toEnv())) {
            store.put("result.json", "{}".getBytes(), "application/json");
            try (ObjectStore root = server.openStore("")) {
                assertTrue(root.exists("trial/result.json"));
            }
        }
    }
}
