package io.parzen.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * An {@link ObjectStore} on a local folder: key {@code a/b/c.json} is file {@code <root>/a/b/c.json}.
 *
 * <p>Writes go to a hidden temporary file in the target folder and are then moved into place
 * atomically, so a reader sees the old object or the new one, never half of one (this is what makes
 * {@code result.json} a commit point on local disk too). Folders are created on demand and never
 * listed; temporary files are never listed.
 */
public final class LocalObjectStore implements ObjectStore {
    /** Name prefix of in-flight temporary files; hidden from {@link #list}. */
    static final String TEMP_PREFIX = ".parzen-tmp-";

    private final Path root;

    /** A store rooted at {@code root}, which is created if missing. */
    public LocalObjectStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    /** The folder this store writes into. */
    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] data, String contentType) throws IOException {
        Path target = file(key);
        Path temp = tempFor(target);
        try {
            Files.write(temp, data);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void putFile(String key, Path file, String contentType) throws IOException {
        Path target = file(key);
        Path temp = tempFor(target);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = file(key);
        if (Files.isDirectory(file)) {
            throw new ObjectNotFoundException(describe(), key);
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(describe(), key);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        Keys.requirePrefix(prefix);
        // Walk only the deepest folder the prefix names; the rest of the prefix filters by string,
        // which is how S3 matches ("trials/a" also matches "trials/ab/...").
        String folder = prefix.substring(0, prefix.lastIndexOf('/') + 1);
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(TEMP_PREFIX))
                    .map(this::keyOf)
                    .filter(k -> k.startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            // A folder removed while walking; report it as the IOException it is.
            throw e.getCause();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Path file = file(key);
        if (!Files.isDirectory(file)) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public String toString() {
        return "LocalObjectStore[" + root + "]";
    }

    private Path file(String key) {
        return root.resolve(Keys.requireKey(key));
    }

    private String keyOf(Path file) {
        // Keys are always '/'-separated, whatever the platform's separator.
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static Path tempFor(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
