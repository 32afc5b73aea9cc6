package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `parzen local` says about a study file it cannot use. */
class LocalCommandTest {

    @Test
    void aMissingFileIsNamedAsMissing(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        var e = assertThrows(IllegalArgumentException.class, () -> LocalCommand.load(missing));
        assertEquals("no such file: " + missing + " (give the path of a Study manifest, e.g. examples/quickstart.yaml)",
                e.getMessage());
    }

    @Test
    void aFolderIsNotAManifest(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> LocalCommand.load(dir));
        assertTrue(e.getMessage().startsWith(dir + " is a folder, not a Study manifest"), e.getMessage());
    }

    @Test
    void aManifestIsRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "apiVersion: parzen.io/v1alpha1\nkind: Study\n"
                + "metadata:\n  name: s\nspec:\n  maxTrials: 3\n");
        assertEquals("s", LocalCommand.load(file).getMetadata().getName());
    }
}
