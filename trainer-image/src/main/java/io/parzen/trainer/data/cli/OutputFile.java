package io.parzen.trainer.data.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks, before any work, that a command can write its {@code --out} file there. */
final class OutputFile {
    private OutputFile() {}

    /** Why {@code out} cannot be written as a new or replaced file, naming the path and what to do; empty when it can. */
    static Optional<String> problem(Path out, String example) {
        if (Files.isDirectory(out)) {
            return Optional.of("--out " + out + " is a folder; give a file name in it, e.g. --out " + out.resolve(example));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return Optional.of("--out " + out + ": the folder " + parent + " does not exist; create it first (mkdir -p "
                    + parent + ")");
        }
        if (parent != null && !Files.isWritable(parent)) {
            return Optional.of("--out " + out + ": the folder " + parent + " is not writable");
        }
        return Optional.empty();
    }
}
