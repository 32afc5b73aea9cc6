package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder `--store` reads, and that reading never creates one. */
class StoreOptionTest {

    @Test
    void aMissingFolderIsAnErrorAndIsNotCreated(@TempDir Path dir) {
        Path typo = dir.resolve("stroe");
        var e = assertThrows(IllegalArgumentException.class, () -> StoreOption.studiesRoot(typo));
        assertTrue(e.getMessage().startsWith("no store at " + typo + ": the folder does not exist"), e.getMessage());
        assertFalse(Files.exists(typo));
    }

    @Test
    void aFileIsNotAStore(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StoreOption.studiesRoot(file)).getMessage()
                .endsWith("it is a file, not a folder"));
    }

    @Test
    void theEmbeddedStoresFolderLeadsToItsBucket(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store.resolve("parzen/studies/quickstart"));
        Files.createDirectories(store.resolve(".s3proxy-tmp"));
        assertEquals(store.resolve("parzen"), StoreOption.studiesRoot(store));
        assertEquals(store.resolve("parzen"), StoreOption.studiesRoot(store.resolve("parzen")), "the bucket itself");
    }

    @Test
    void aFolderWithoutStudiesIsReadAsItIs(@TempDir Path dir) throws Exception {
        assertEquals(dir, StoreOption.studiesRoot(dir));
        Files.createDirectories(dir.resolve("a/studies"));
        Files.createDirectories(dir.resolve("b/studies"));
        assertEquals(dir, StoreOption.studiesRoot(dir), "two buckets: no guess");
    }

    @Test
    void withoutStoreTheStoreParzenLocalLeftUnderItsWorkFolder(@TempDir Path work) throws Exception {
        assertEquals(java.util.Optional.empty(), StoreOption.localStore(work.resolve("parzen-work"), null), "no work folder");
        Files.createDirectories(work.resolve("quickstart/store/parzen/studies/quickstart"));
        Files.createDirectories(work.resolve("quickstart/logs"));
        assertEquals(java.util.Optional.of(work.resolve("quickstart/store")), StoreOption.localStore(work, null), "the only one");
        assertEquals(java.util.Optional.of(work.resolve("quickstart/store")), StoreOption.localStore(work, "quickstart"));
        assertEquals(java.util.Optional.empty(), StoreOption.localStore(work, "seed"));
        Files.createDirectories(work.resolve("seed/store"));
        assertEquals(java.util.Optional.of(work.resolve("seed/store")), StoreOption.localStore(work, "seed"));
        var e = assertThrows(IllegalArgumentException.class, () -> StoreOption.localStore(work, null));
        assertEquals("no --store, and " + work + "/ holds the stores of several studies (quickstart, seed): give --study NAME"
                + " or --store LOCATION", e.getMessage());
    }
}
