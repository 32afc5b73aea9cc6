package io.parzen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TerminationMessageTest {

    @TempDir
    Path dir;

    static CommandLine tool(StringWriter err) {
        CommandLine cl = CliErrors.install(new CommandLine(new CliErrorsTest.Tool()), Map.of());
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    @Test
    void aFailureLeavesItsErrorLineNotTheLastOutputLine() {
        Path file = dir.resolve("t0.error");
        StringWriter err = new StringWriter();
        int code = TerminationMessage.execute(tool(err), new String[] {"fail", "--frobnicate"}, Map.of(TerminationMessage.VAR,
                file.toString()));
        assertEquals(ExitCodes.INVALID_INPUT, code);
        String line = "tool fail: Unknown option: '--frobnicate' (see 'tool fail --help')";
        assertEquals(line, TerminationMessage.read(file));
        assertEquals(line, err.toString().strip(), "still on stderr");
    }

    @Test
    void successLeavesNothing() {
        Path file = dir.resolve("t1.error");
        assertEquals(0, TerminationMessage.execute(tool(new StringWriter()), new String[] {"fail"},
                Map.of(TerminationMessage.VAR, file.toString())));
        assertFalse(Files.exists(file));
        assertEquals("", TerminationMessage.read(file));
    }

    @Test
    void theVariableElseKubernetesFile() {
        assertEquals(Optional.of(Path.of("/w/e")), TerminationMessage.path(Map.of(TerminationMessage.VAR, "/w/e"), p -> true));
        assertEquals(Optional.of(Path.of(TerminationMessage.KUBERNETES_PATH)),
                TerminationMessage.path(Map.of(), Set.of(Path.of(TerminationMessage.KUBERNETES_PATH))::contains));
        assertEquals(Optional.empty(), TerminationMessage.path(Map.of(), p -> false));
    }

    @Test
    void lastLineWriterKeepsTheLastNonBlankLine() throws IOException {
        LastLineWriter w = new LastLineWriter(new StringWriter());
        w.write("a\n\n  b  \r\n\n");
        assertEquals("b", w.lastLine());
        w.write("c");
        assertEquals("c", w.lastLine(), "an unfinished line counts");
    }
}
