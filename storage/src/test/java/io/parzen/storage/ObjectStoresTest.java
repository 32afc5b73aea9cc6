package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectStoresTest {
    @TempDir
    Path temp;

    static final Map<String, String> ENV = Map.of(
            "PARZEN_S3_ENDPOINT", "http://127.0.0.1:9",
            "AWS_ACCESS_KEY_ID", "AKIDTEST",
            "AWS_SECRET_ACCESS_KEY", "SECRETTEST");

    @ParameterizedTest
    @ValueSource(strings = {"PARZEN_S3_ENDPOINT", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"})
    void missingVariableIsNamed(String variable) {
        Map<String, String> env = new HashMap<>(ENV);
        env.remove(variable);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjectStores.open("s3://bkt/p", env));
        assertEquals(variable + " is not set; it is needed to open s3://bkt/p/", e.getMessage());
    }

    @Test
    void s3LocationGivesAnS3StoreWithoutNetworkAtOpen() throws IOException {
        try (ObjectStore store = ObjectStores.open("s3://bkt/studies/s/", ENV)) {
            S3ObjectStore s3 = assertInstanceOf(S3ObjectStore.class, store);
            assertEquals("bkt", s3.bucket());
            assertEquals("studies/s/", s3.prefix());
            assertEquals("s3://bkt/studies/s/", s3.describe());
            assertEquals("S3ObjectStore[s3://bkt/studies/s/ at http://127.0.0.1:9]", s3.toString());
        }
    }

    @Test
    void endpointWithAPathIsRefused() {
        Map<String, String> env = new HashMap<>(ENV);
        env.put("PARZEN_S3_ENDPOINT", "http://minio:9000/bucket");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObjectStores.open("s3://bkt", env));
        assertTrue(e.getMessage().contains("must not have a path"), e.getMessage());
    }

    @Test
    void folderAndFileUriGiveTheSameLocalStore() throws IOException {
        Path folder = temp.resolve("out");
        try (ObjectStore plain = ObjectStores.open(folder.toString(), Map.of());
                ObjectStore uri = ObjectStores.open(folder.toUri().toString(), Map.of())) {
            plain.put("a.txt", "a".getBytes(), "text/plain");
            assertEquals("a", new String(uri.get("a.txt")));
            assertEquals(folder.toAbsolutePath().toString(), uri.describe());
        }
    }

    @Test
    void aStoreOnlyReadMustExistAndNothingIsCreatedForIt() throws Exception {
        Path missing = temp.resolve("no-such-store");
        var e = assertThrows(IllegalArgumentException.class, () -> ObjectStores.openExisting(missing.toString(), Map.of()));
        assertEquals("no folder " + missing + " (it does not exist)", e.getMessage());
        assertFalse(java.nio.file.Files.exists(missing), "a mistyped path is not created");
        Path file = java.nio.file.Files.writeString(temp.resolve("a-file"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ObjectStores.openExisting(file.toString(), Map.of()))
                .getMessage().endsWith("is a file, not a folder"));
        java.nio.file.Files.createDirectories(temp.resolve("there"));
        try (ObjectStore store = ObjectStores.openExisting(temp.resolve("there").toString(), Map.of())) {
            assertTrue(store.list("").isEmpty());
        }
    }
}
