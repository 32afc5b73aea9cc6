package io.parzen.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one-line message and the exit code of an exception that ended a command (pure). An
 * {@link IllegalArgumentException} is invalid input ({@link ExitCodes#INVALID_INPUT}); anything else
 * failed at run time ({@link ExitCodes#FAILURE}). File-system exceptions, whose own message is often
 * the bare path, are spelt out.
 */
public final class ErrorMessages {
    private ErrorMessages() {}

    /** The exit code for {@code e}. */
    public static int exitCode(Throwable e) {
        return e instanceof IllegalArgumentException ? ExitCodes.INVALID_INPUT : ExitCodes.FAILURE;
    }

    /**
     * Whether {@code e} is one a user can act on from its message alone (invalid input, a file or
     * network failure); anything else is likely a bug, whose stack trace matters.
     */
    public static boolean expected(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof java.io.IOException || e instanceof UncheckedIOException;
    }

    /** What went wrong, in one line, without the exception's class where its message says it. */
    public static String message(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return message(u.getCause());
        }
        if (e instanceof FileSystemException f) {
            return fileMessage(f);
        }
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (expected(e)) {
            return firstLine(text);
        }
        return e.getClass().getSimpleName() + ": " + firstLine(text);
    }

    private static String fileMessage(FileSystemException f) {
        String file = f.getFile();
        if (f instanceof NoSuchFileException) {
            return "no such file or folder: " + file;
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists: " + file;
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder: " + file;
        }
        String reason = f.getReason();
        return reason == null ? "cannot use " + file : file + ": " + reason;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
