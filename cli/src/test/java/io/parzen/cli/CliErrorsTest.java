package io.parzen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CliErrorsTest {

    @Command(name = "tool", subcommands = Failing.class)
    static final class Tool implements Runnable {
        @Override
        public void run() {}
    }

    /** Throws what --throw names. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Option(names = "--throw")
        String what = "none";

        @Option(names = "--count")
        int count;

        @Override
        public Integer call() throws Exception {
            switch (what) {
                case "iae" -> throw new IllegalArgumentException("spec.maxTrials = 0 must be at least 1");
                case "io" -> throw new IOException("cannot reach http://127.0.0.1:1: Connection refused");
                case "unchecked" -> throw new UncheckedIOException(new NoSuchFileException("/x/m.png"));
                case "npe" -> throw new NullPointerException("boom");
                default -> {
                    return 0;
                }
            }
        }
    }

    record Run(int code, String err) {}

    static Run run(Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = CliErrors.install(new CommandLine(new Tool()), env);
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fail --throw iae       | 2 | tool fail: spec.maxTrials = 0 must be at least 1",
        "fail --throw io        | 1 | tool fail: cannot reach http://127.0.0.1:1: Connection refused",
        "fail --throw unchecked | 1 | tool fail: no such file or folder: /x/m.png",
        "fail --throw npe       | 1 | tool fail: NullPointerException: boom (PARZEN_DEBUG=1 prints the stack trace)",
        "fail --count many      | 2 | tool fail: Invalid value for option '--count': 'many' is not an int (see 'tool fail --help')",
        "fail --cout 3          | 2 | tool fail: Unknown options: '--cout', '3' (Possible solutions: --count; see 'tool fail --help')",
        "nope                   | 2 | tool: Unmatched argument at index 0: 'nope' (see 'tool --help')",
    })
    void oneLineAndTheExitCodeWithoutAStackTrace(String args, int code, String firstLine) {
        Run r = run(Map.of(), args.split(" "));
        assertEquals(code, r.code(), r.err());
        assertEquals(firstLine, r.err().lines().findFirst().orElse(""));
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @ParameterizedTest
    @CsvSource({"fail --cout 3, --count", "fail --throw npe, NullPointerException"})
    void debugAddsTheStackTrace(String args, String mention) {
        assertFalse(run(Map.of("PARZEN_DEBUG", "0"), args.split(" ")).err().contains("\tat "));
        Run r = run(Map.of("PARZEN_DEBUG", "1"), args.split(" "));
        assertTrue(r.err().contains(mention), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "denied  | permission denied: /w",
        "reason  | /w: Is a directory",
        "noreason| cannot use /w",
    })
    void fileSystemMessagesNameTheFileAndWhy(String kind, String expected) {
        FileSystemException e = switch (kind.strip()) {
            case "denied" -> new AccessDeniedException("/w");
            case "reason" -> new FileSystemException("/w", null, "Is a directory");
            default -> new FileSystemException("/w");
        };
        assertEquals(expected, ErrorMessages.message(e));
        assertEquals(ExitCodes.FAILURE, ErrorMessages.exitCode(e));
    }
}
