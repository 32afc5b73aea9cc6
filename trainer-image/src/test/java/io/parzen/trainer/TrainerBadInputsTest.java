package io.parzen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The trainer's side of the bad-input table ({@code cli/bad-inputs.psv}): the exit code of the
 * convention, the words that say what is wrong, no stack trace, and nothing written.
 */
class TrainerBadInputsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.write(dir.resolve("t.tif"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("t.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        Files.writeString(dir.resolve("file.txt"), "x");
        Files.createDirectories(dir.resolve("empty"));
    }

    @ParameterizedTest(name = "parzen {0}")
    @CsvFileSource(resources = "/cli/bad-inputs.psv", delimiter = '|', quoteCharacter = '`')
    void aMistakeGetsItsExitCodeAndWordsWithoutAStackTrace(String args, int exit, String words, String moreWords) {
        StringWriter written = new StringWriter();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        int code;
        try {
            PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            var cl = TrainerCli.commandLine(Map.of());
            cl.setOut(new PrintWriter(written, true));
            cl.setErr(new PrintWriter(written, true));
            code = cl.execute(args.replace("{dir}", dir.toString()).split(" "));
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
        }
        String output = written + captured.toString(StandardCharsets.UTF_8);
        assertEquals(exit, code, output);
        for (String w : new String[] {words, moreWords}) {
            if (w != null) {
                String expected = w.replace("{dir}", dir.toString());
                assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
            }
        }
        assertFalse(output.contains("\tat ") || output.contains("Caused by:"), "a stack trace:\n" + output);
        assertFalse(Files.exists(dir.resolve("data")) || Files.exists(dir.resolve("m.png")) || Files.exists(dir.resolve("studies"))
                        || Files.exists(dir.resolve("missing")),
                "nothing written");
    }
}
