package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.ApiServerSourceTest;
import io.parzen.operator.report.DemoFixtures;
import io.parzen.storage.LocalObjectStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Mistakes a new user makes, across the whole {@code parzen} command line (the table in
 * {@code cli/bad-inputs.psv}): each gets the exit code of the convention (2 invalid input, 1 failure
 * at run time), a message holding the words that say what is wrong, and no stack trace.
 */
class CliBadInputsTest {
    /** Study files made from the valid fixture with one mistake each: file, text to replace, replacement. */
    /** The trial template's args in the valid fixture. */
    static final String ARGS = "args: [--head, \"${param.head}\", --filters-per-class, \"${param.filtersPerClass}\", "
            + "--learning-rate, \"${param.lr}\",\n           --run, \"${study.name}/${trial.name}\"]";
    static final String[][] STUDIES = {
        {"valid.yaml", "", ""},
        {"bad-name.yaml", "name: seg", "name: Bad_Name"},
        {"long-name.yaml", "name: seg", "name: " + "s".repeat(59)},
        {"misspelt.yaml", "  parallelism: 4", "  paralelism: 4"},
        {"misspelt-deep.yaml", "{metric: valLoss,", "{metrik: valLoss,"},
        {"low-above-high.yaml", "low: 1.0e-4, high: 1.0e-1", "low: 1.0e-1, high: 1.0e-4"},
        {"bad-placeholder.yaml", "\"${param.lr}\"", "\"${param.learningRate}\""},
        {"zero-trials.yaml", "maxTrials: 30", "maxTrials: 0"},
        {"bad-goal.yaml", "goal: minimize", "goal: lowest"},
        {"trainer-option.yaml", ARGS, "args: [train, --frobnicate, --learning-rate, \"${param.lr}\"]"},
        {"trainer-option-typo.yaml", ARGS, "args: [train, --epoch, \"3\", --learning-rate, \"${param.lr}\"]"},
        {"trainer-empty-value.yaml", ARGS, "args: [train, --head, \"${param.head}\", --filters-per-class, "
            + "\"${param.filtersPerClass}\", --learning-rate, \"${param.lr}\"]"},
    };

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void files() throws IOException {
        String valid = Files.readString(Path.of("../operator/src/test/resources/studies/valid.yaml"));
        for (String[] s : STUDIES) {
            assertTrue(s[1].isEmpty() || valid.contains(s[1]), s[0] + ": the fixture has " + s[1]);
            Files.writeString(dir.resolve(s[0]), s[1].isEmpty() ? valid : valid.replace(s[1], s[2]));
        }
        String noParameters = valid.substring(0, valid.indexOf("  parameters:")) + valid.substring(valid.indexOf("  maxTrials:"));
        Files.writeString(dir.resolve("no-parameters.yaml"), noParameters);
        Files.writeString(dir.resolve("empty.yaml"), "");
        Files.createDirectories(dir.resolve("empty-folder"));
        Files.writeString(dir.resolve("not-yaml.yaml"), "spec: [unclosed\n");
        Files.writeString(dir.resolve("deployment.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
        Files.writeString(dir.resolve("unreachable.kubeconfig"), ApiServerSourceTest.UNREACHABLE);
        store = dir.resolve("store");
        DemoFixtures.writeFakeStudy(new LocalObjectStore(store));
    }

    record Run(int exit, String output) {}

    /** Runs {@code parzen ARGS} in this JVM, everything it prints (its own writers and System.out/err) in one text. */
    static Run run(String[] args, Map<String, String> env, String stdin) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        InputStream sysIn = System.in;
        StringWriter written = new StringWriter();
        try {
            PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cli = ParzenCli.commandLine(env);
            cli.setOut(new PrintWriter(written, true));
            cli.setErr(new PrintWriter(written, true));
            int exit = cli.execute(args);
            return new Run(exit, written + captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
            System.setIn(sysIn);
        }
    }

    static String fill(String text) {
        return text == null ? "" : text.replace("{dir}", dir.toString()).replace("{store}", store.toString());
    }

    @ParameterizedTest(name = "parzen {0} {1}")
    @CsvFileSource(resources = "/cli/bad-inputs.psv", delimiter = '|', quoteCharacter = '`', maxCharsPerColumn = 2000)
    void aMistakeGetsItsExitCodeAndWordsWithoutAStackTrace(String args, String environment, String stdin, int exit,
            String words, String moreWords) {
        Map<String, String> env = new HashMap<>();
        if (environment != null) {
            for (String pair : fill(environment).split(" ")) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        Run r = run(fill(args).split(" "), env, fill(stdin).replace("\\n", "\n"));
        assertEquals(exit, r.exit(), r.output());
        assertTrue(r.output().contains(fill(words)), "missing '" + fill(words) + "' in:\n" + r.output());
        if (moreWords != null) {
            assertTrue(r.output().contains(fill(moreWords)), "missing '" + fill(moreWords) + "' in:\n" + r.output());
        }
        assertFalse(r.output().contains("\tat ") || r.output().contains("Caused by:"), "a stack trace:\n" + r.output());
        assertTrue(r.output().lines().count() <= 4, "short:\n" + r.output());
    }
}
