package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ObjectStore} must do; each implementation's test extends this. Each test gets a
 * fresh, empty store.
 */
abstract class ObjectStoreContract {
    @TempDir
    Path temp;

    ObjectStore store;

    /** A new, empty store. */
    abstract ObjectStore newStore() throws IOException;

    @BeforeEach
    void open() throws IOException {
        store = newStore();
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void putThenGetReturnsTheBytes() throws IOException {
        store.put("a.txt", utf8("hello"), "text/plain");
        assertEquals("hello", new String(store.get("a.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void putReplacesAnObject() throws IOException {
        store.put("a.txt", utf8("first, longer"), "text/plain");
        store.put("a.txt", utf8("second"), "text/plain");
        assertEquals("second", new String(store.get("a.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void emptyObjectRoundTrips() throws IOException {
        store.put("empty", new byte[0], null);
        assertTrue(store.exists("empty"));
        assertArrayEquals(new byte[0], store.get("empty"));
    }

    @Test
    void openStreamsTheObject() throws IOException {
        byte[] data = new byte[100_000];
        new Random(7).nextBytes(data);
        store.put("bin/data.bin", data, "application/octet-stream");
        try (InputStream in = store.open("bin/data.bin")) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void putFileUploadsTheFile() throws IOException {
        Path file = temp.resolve("model.zip");
        Files.write(file, utf8("zip bytes"));
        store.putFile("studies/s/trials/t/model.zip", file, "application/zip");
        assertEquals("zip bytes", new String(store.get("studies/s/trials/t/model.zip"), StandardCharsets.UTF_8));
    }

    @Test
    void existsIsTrueOnlyForObjects() throws IOException {
        store.put("x/y/z.json", utf8("{}"), "application/json");
        assertTrue(store.exists("x/y/z.json"));
        assertFalse(store.exists("x/y/other.json"));
        assertFalse(store.exists("x/y"), "a folder is not an object");
        assertFalse(store.exists("x"), "a folder is not an object");
    }

    @Test
    void missingObjectIsObjectNotFoundNamingKeyAndStore() throws IOException {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class, () -> store.get("no/such.json"));
        assertEquals("no/such.json", e.key());
        assertTrue(e.getMessage().contains("no/such.json"), e.getMessage());
        assertTrue(e.getMessage().contains(store.describe()), e.getMessage());
        assertThrows(ObjectNotFoundException.class, () -> store.open("no/such.json"));
    }

    @Test
    void listIsRecursiveSortedRelativeWithoutFolders() throws IOException {
        for (String key : List.of("b/2.txt", "a.txt", "b/1.txt", "b/c/d/3.txt", "ba.txt")) {
            store.put(key, utf8(key), "text/plain");
        }
        assertEquals(List.of("a.txt", "b/1.txt", "b/2.txt", "b/c/d/3.txt", "ba.txt"), store.list(""));
        assertEquals(List.of("b/1.txt", "b/2.txt", "b/c/d/3.txt"), store.list("b/"));
        assertEquals(List.of("b/1.txt", "b/2.txt", "b/c/d/3.txt", "ba.txt"), store.list("b"),
                "a prefix without '/' matches by string, as in S3");
        assertEquals(List.of("b/c/d/3.txt"), store.list("b/c/"));
        assertEquals(List.of(), store.list("nothing/"));
    }

    @Test
    void deleteRemovesAndToleratesMissing() throws IOException {
        store.put("d/1.txt", utf8("1"), "text/plain");
        store.put("d/2.txt", utf8("2"), "text/plain");
        store.delete("d/1.txt");
        assertFalse(store.exists("d/1.txt"));
        assertEquals(List.of("d/2.txt"), store.list(""));
        store.delete("d/1.txt"); // again: not an error
        store.delete("never/was.txt");
    }

    @Test
    void nestedTrialLayoutRoundTrips() throws IOException {
        TrialPaths paths = ObjectLayout.trial("study-a", "study-a-0003");
        TrialOutputWriter writer = new TrialOutputWriter(store, paths);
        writer.append(MetricsLine.of(1, 0.9, 1.0));
        writer.append(MetricsLine.of(2, 0.7, 0.8).with(MetricsLine.VAL_IOU, 0.4));
        writer.mask(2, "AOI_2_Vegas_img7", new byte[] {1, 2, 3});
        writer.result(TrialResult.succeeded("valLoss", 0.8, 2, 2, 3.5));

        TrialOutput output = new TrialOutput(store, paths);
        assertEquals(2, output.metrics().size());
        assertEquals(0.4, output.metrics().get(1).metric("valIoU").orElseThrow());
        assertEquals(0.8, output.result().orElseThrow().objective());
        assertEquals(List.of("studies/study-a/trials/study-a-0003/masks/epoch-2/AOI_2_Vegas_img7.png"), output.masks(2));
        assertEquals(List.of(
                "studies/study-a/trials/study-a-0003/masks/epoch-2/AOI_2_Vegas_img7.png",
                "studies/study-a/trials/study-a-0003/metrics.jsonl",
                "studies/study-a/trials/study-a-0003/result.json"), store.list(paths.prefix()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a//b", "../escape", "a/../b", "a/./b", "folder/", "back\\slash"})
    void badKeysAreRejectedBeforeAnyIo(String key) {
        assertThrows(IllegalArgumentException.class, () -> store.put(key, utf8("x"), "text/plain"));
        assertThrows(IllegalArgumentException.class, () -> store.get(key));
    }

    @Test
    void describeNeverEmpty() {
        assertFalse(store.describe().isBlank());
    }
}
