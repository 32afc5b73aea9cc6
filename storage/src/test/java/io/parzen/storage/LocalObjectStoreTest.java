package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract on a folder, plus what only a folder can show (files on disk, temp files). */
class LocalObjectStoreTest extends ObjectStoreContract {
    @Override
    ObjectStore newStore() throws IOException {
        return new LocalObjectStore(temp.resolve("store"));
    }

    @Test
    void keysAreFilesUnderTheRoot() throws IOException {
        store.put("studies/s/report/index.html", utf8("<html>"), "text/html");
        Path file = temp.resolve("store/studies/s/report/index.html");
        assertEquals("<html>", Files.readString(file));
    }

    @Test
    void temporaryFilesAreNeitherListedNorLeftBehind() throws IOException {
        store.put("r/result.json", utf8("{}"), "application/json");
        Path folder = temp.resolve("store/r");
        try (var files = Files.list(folder)) {
            assertEquals(List.of("result.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        // A writer that died between write and move leaves a temp file: still not an object.
        Files.writeString(folder.resolve(LocalObjectStore.TEMP_PREFIX + "123.tmp"), "{\"half");
        assertEquals(List.of("r/result.json"), store.list(""));
    }

    @Test
    void emptyFoldersAreNotListed() throws IOException {
        Files.createDirectories(temp.resolve("store/only/folders"));
        assertEquals(List.of(), store.list(""));
        assertFalse(store.exists("only/folders"));
    }

    @Test
    void rootIsCreatedAndAbsolute() throws IOException {
        LocalObjectStore local = new LocalObjectStore(temp.resolve("new/root"));
        assertTrue(Files.isDirectory(local.root()));
        assertTrue(local.root().isAbsolute());
        assertEquals(local.root().toString(), local.describe());
    }

    @Test
    void concurrentReaderNeverSeesAPartialObject() throws Exception {
        byte[] big = new byte[1 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        String small = "{\"status\":\"succeeded\"}";
        store.put("result.json", utf8(small), "application/json");
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 30; i++) {
                    store.put("result.json", i % 2 == 0 ? big : utf8(small), "application/json");
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        while (writer.isAlive()) {
            String read = new String(store.get("result.json"), StandardCharsets.UTF_8);
            assertTrue(read.equals(small) || read.length() == big.length, "partial read of " + read.length() + " bytes");
        }
        writer.join();
    }
}
