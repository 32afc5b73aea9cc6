package io.parzen.operator.local;

import io.parzen.cli.TerminationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A trainer running as a child process, its output going to a log file and its error line, should it
 * fail, to a file of its own beside it ({@link TerminationMessage}).
 */
final class TrialProcess {
    private final Process process;
    private final Path log;
    private final Path errorLine;

    private TrialProcess(Process process, Path log, Path errorLine) {
        this.process = process;
        this.log = log;
        this.errorLine = errorLine;
    }

    static TrialProcess start(List<String> command, java.util.Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        String name = log.getFileName().toString();
        Path errorLine = log.resolveSibling((name.endsWith(".log") ? name.substring(0, name.length() - 4) : name) + ".error");
        Files.deleteIfExists(errorLine);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put(TerminationMessage.VAR, errorLine.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return new TrialProcess(builder.start(), log, errorLine);
    }

    /** Waits until the process ends, at most {@code limit}; whether it ended. */
    boolean waitFor(java.time.Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    Path log() {
        return log;
    }

    /** Asks the trainer to stop (SIGTERM), then kills it if it has not stopped within the grace period. */
    void stop(long graceMillis) {
        process.destroy();
        try {
            if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(graceMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Why the trainer failed, for failure messages: the error line it left ({@link TerminationMessage}),
     * else the last line of its output.
     */
    String reason() {
        String line = TerminationMessage.read(errorLine);
        return line.isEmpty() ? lastLine() : line;
    }

    /** The last non-empty line the trainer printed. */
    private String lastLine() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
        return "(no output)";
    }
}
