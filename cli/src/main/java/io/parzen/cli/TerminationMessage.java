package io.parzen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * The error line a command that failed leaves for whoever started it: the last line it wrote to
 * standard error, in the file {@value #VAR} names, else Kubernetes' {@value #KUBERNETES_PATH} when it
 * exists (the pod's termination message). {@code parzen local} and the operator quote it as a
 * failed trial's reason, instead of the last line of its whole output.
 */
public final class TerminationMessage {
    /** The variable naming the file. */
    public static final String VAR = "PARZEN_TERMINATION_LOG";
    /** The file Kubernetes reads a container's termination message from. */
    public static final String KUBERNETES_PATH = "/dev/termination-log";
    /** Kubernetes keeps at most 4096 bytes of it. */
    static final int MAX_CHARS = 4000;

    private TerminationMessage() {}

    /** Where to write: {@value #VAR}, else {@value #KUBERNETES_PATH} when it exists. */
    static Optional<Path> path(Map<String, String> env, Predicate<Path> exists) {
        String named = env.get(VAR);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path kubernetes = Path.of(KUBERNETES_PATH);
        return exists.test(kubernetes) ? Optional.of(kubernetes) : Optional.empty();
    }

    /**
     * Runs {@code commandLine} with {@code args}; when it fails, writes the last line it wrote to its
     * error writer to the termination-message file. Returns the exit code.
     */
    public static int execute(CommandLine commandLine, String[] args, Map<String, String> env) {
        LastLineWriter err = new LastLineWriter(commandLine.getErr());
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        if (code != ExitCodes.OK && !err.lastLine().isEmpty()) {
            path(env, Files::exists).ifPresent(p -> write(p, err.lastLine()));
        }
        return code;
    }

    /** The line as read back by the one who started the command: the file's first line, empty when there is none. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String line) {
        try {
            Files.writeString(file, line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) : line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // nobody to tell: the line is on standard error as well
        }
    }
}
