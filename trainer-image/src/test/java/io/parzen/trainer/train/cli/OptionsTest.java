package io.parzen.trainer.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.trainer.TrainerCli;
import io.parzen.trainer.train.Recipe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where options come from, and the errors a user sees for bad ones. */
class OptionsTest {

    record Run(int exit, String out, String err) {}

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = TrainerCli.commandLine(env);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "--tile;60;tile 60 must be divisible by 2^depth = 16",
        "--head;wide;--head must be baseline or grouped, got 'wide'",
        "--class-weights;1,2;--class-weights needs 3 comma-separated numbers",
        "--class-weights;1,x,2;'x' is not a number",
        "--epochs;0;--epochs must be in 1..10000, got 0",
        "--learning-rate;2;learning rate must be in (0, 1), got 2.0",
        "--tiling;zoom;--tiling must be crop or resize",
        "--filters-per-class;3;filters per class 3 needs the grouped head",
        "--lr-schedule;step;--lr-schedule must be cosine or constant, got 'step'",
        "--warmup-fraction;0.9;--warmup-fraction must be in 0..0.5, got 0.9",
        "--augment;yes;--augment must be true or false, got 'yes'",
        "--bn-batches;-1;--bn-batches must be in 0..10000 (0: keep the running averages), got -1",
        "--ema-decay;1;--ema-decay must be in [0, 1) (0: no weight averaging), got 1.0",
        "--ema-decay;-0.5;--ema-decay must be in [0, 1) (0: no weight averaging), got -0.5",
    })
    void badValuesExitTwoWithAMessageNamingThem(String option, String value, String message, @TempDir Path dir) {
        Run r = run(Map.of(), "train", "--data", dir.toString(), "--output", dir.resolve("out").toString(), option, value);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void aMissingOutputIsNamed(@TempDir Path dir) {
        Run r = run(Map.of(), "train", "--data", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--output is missing (or set PARZEN_OUTPUT)"), r.err());
    }

    @Test
    void aNonNumberIsRejectedByTheParser(@TempDir Path dir) {
        Run r = run(Map.of("PARZEN_PARAMS", "{\"batch\": \"many\"}"), "train", "--data", dir.toString(),
                "--output", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--batch") && r.err().contains("many"), r.err());
    }

    @Test
    void noDatasetFailsWithAClearMessageAndNoResult(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("empty")); // a store without the dataset (a missing folder is exit 2)
        Run r = run(Map.of(), "train", "--data", dir.resolve("empty").toString(), "--output", dir.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no usable dataset 'synthetic'") && r.err().contains("no images"), r.err());
        assertTrue(!dir.resolve("out/result.json").toFile().exists());
    }

    @Test
    void commandLineBeatsParamsWhichBeatEnvironmentVariables() {
        TrainCommand cmd = parse(Map.of("PARZEN_PARAMS", "{\"learning_rate\": 0.01, \"Epochs\": 3, \"seed\": 9}",
                "PARZEN_EPOCHS", "7", "PARZEN_BATCH", "16", "PARZEN_OUTPUT", "s3://b/t/", "PARZEN_DATA", "/data"),
                "train", "--seed", "5");
        assertEquals(0.01, cmd.learningRate);
        assertEquals(3, cmd.epochs);
        assertEquals(16, cmd.batch);
        assertEquals(5, cmd.seed);
        assertEquals("s3://b/t/", cmd.output);
        assertEquals("/data", cmd.data);
        assertEquals(4, cmd.depth, "the default when nothing sets it");
    }

    @Test
    void recipeOptionsComeFromParamsToo() {
        TrainCommand cmd = parse(Map.of("PARZEN_PARAMS", "{\"lrSchedule\": \"constant\", \"warmup_fraction\": 0.2, "
                + "\"augment\": false, \"bn-batches\": 5, \"emaDecay\": 0.995}", "PARZEN_OUTPUT", "/o", "PARZEN_DATA", "/d"), "train");
        Recipe recipe = cmd.options().recipe();
        assertEquals(new Recipe(io.parzen.trainer.nn.LrSchedule.Kind.CONSTANT, 0.2, false, 5, 0.995), recipe);
        assertEquals(Recipe.DEFAULT, parse(Map.of("PARZEN_OUTPUT", "/o", "PARZEN_DATA", "/d"), "train").options().recipe());
    }

    @Test
    void paramsPassedThroughPlaceholdersAreNotCalledUnknown(@TempDir Path dir) {
        String[] args = {"train", "--data", dir.resolve("empty").toString(), "--output", dir.resolve("out").toString()};
        Run named = run(Map.of("PARZEN_PARAMS", "{\"lr\": 0.01, \"m\": 3, \"dropout\": 0.5}",
                "PARZEN_PLACEHOLDER_PARAMS", "lr,m"), args);
        assertTrue(named.err().contains("parzen train: warning: PARZEN_PARAMS keys [dropout] match no option"), named.err());
        Run unnamed = run(Map.of("PARZEN_PARAMS", "{\"lr\": 0.01}"), args);
        assertTrue(unnamed.err().contains("PARZEN_PARAMS keys [lr] match no option"), unnamed.err());
        Run all = run(Map.of("PARZEN_PARAMS", "{\"lr\": 0.01}", "PARZEN_PLACEHOLDER_PARAMS", "lr"), args);
        assertTrue(!all.err().contains("warning: PARZEN_PARAMS"), all.err());
    }

    @Test
    void unknownAndMalformedParams() {
        var d = new ParamsDefaults(Map.of("PARZEN_PARAMS", "{\"learningRate\": 0.1, \"dropout\": 0.5}"));
        assertEquals(Set.of("dropout"), d.unknownParams(java.util.List.of("--learning-rate")));
        assertThrows(IllegalArgumentException.class, () -> new ParamsDefaults(Map.of("PARZEN_PARAMS", "[1]")));
        assertThrows(IllegalArgumentException.class, () -> new ParamsDefaults(Map.of("PARZEN_PARAMS", "{bad")));
        assertThrows(IllegalArgumentException.class, () -> new ParamsDefaults(Map.of("PARZEN_PARAMS", "{\"a\": {}}")));
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run(Map.of(), "train", "--help");
        assertEquals(0, r.exit());
        for (String o : new String[] {"--data", "--output", "--epochs", "--tile", "--base-filters", "--depth", "--head",
            "--filters-per-class", "--learning-rate", "--head-lr-multiplier", "--batch", "--class-weights", "--seed",
            "--max-tiles", "--lr-schedule", "--warmup-fraction", "--augment", "--bn-batches", "--ema-decay", "PARZEN_PARAMS"}) {
            assertTrue(r.out().contains(o), o);
        }
    }

    private static TrainCommand parse(Map<String, String> env, String... args) {
        var cl = TrainerCli.commandLine(env);
        var parsed = cl.parseArgs(args);
        return (TrainCommand) parsed.subcommand().commandSpec().userObject();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "--warmup;-1;--warmup must be 0 or more, got -1",
        "--steps;0;--steps must be 1 or more, got 0",
        "--config;tiny;--config must be small, large or all/both, got 'tiny'",
        "--head;wide;--head must be baseline, grouped or all/both, got 'wide'",
    })
    void benchRejectsBadValuesByName(String option, String value, String message) {
        Run r = run(Map.of(), "train", "bench", option, value);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
