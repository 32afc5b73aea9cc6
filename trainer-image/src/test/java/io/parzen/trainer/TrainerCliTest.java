package io.parzen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parzen.cli.TerminationMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code parzen local} relies on before a study's first trial: {@code train --check-options} and the error line. */
class TrainerCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--epochs 2                 | 0 | ''",
        "--frobnicate               | 2 | parzen train: Unknown option: '--frobnicate' (see 'parzen train --help')",
        "--tile 60                  | 2 | parzen train: tile 60 must be divisible by 2^depth = 16 (depth 4)",
        "--epochs many              | 2 | parzen train: Invalid value for option '--epochs': 'many' is not an int (see 'parzen train --help')",
    })
    void checkOptionsChecksWithoutTrainingAndLeavesTheErrorLine(String options, int code, String line) {
        Path out = dir.resolve("studies").resolve("s").resolve("trials").resolve("s-0000");
        Path error = dir.resolve("t.error");
        Map<String, String> env = Map.of(TerminationMessage.VAR, error.toString());
        var cl = TrainerCli.commandLine(env);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        String[] args = ("train --output " + out + " " + options + " --check-options").split(" ");
        assertEquals(code, TerminationMessage.execute(cl, args, env), err.toString());
        assertEquals(line, TerminationMessage.read(error));
        assertFalse(Files.exists(out), "nothing written");
    }
}
