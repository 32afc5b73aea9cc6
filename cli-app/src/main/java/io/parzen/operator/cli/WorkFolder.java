package io.parzen.operator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks, before anything runs, that {@code parzen local} can make and write its {@code --work} folder. */
final class WorkFolder {
    private WorkFolder() {}

    /** Why {@code work} cannot be used, naming it and what is in the way; empty when it can. */
    static Optional<String> problem(Path work) {
        Path absolute = work.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of("--work " + work + ": " + existing + " is a file, not a folder; give a folder (default parzen-work)");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of("--work " + work + ": the folder " + existing + " is not writable; give one you can write to");
        }
        return Optional.empty();
    }
}
