package io.parzen.trainer.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.cli.TrainOptionContract;
import io.parzen.trainer.TrainerCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The trainer's option contract ({@code cli}'s {@code train-options.txt}, which the operator checks
 * a Study's args against) cannot drift from the trainer: its names, arities, types and labels equal
 * the picocli model of {@code train}; the trainer accepts every allowed word and both ends of every
 * range and rejects a word not allowed (with the contract's message) and a value past either end;
 * and for bad command lines the trainer's error line is the one {@link TrainOptionContract#check}
 * words.
 */
class TrainOptionContractTest {
    private static final TrainOptionContract CONTRACT = TrainOptionContract.load();
    /** Options another value needs to be valid together with the one tested. */
    private static final Map<String, List<String>> COMPANIONS = Map.of(
            "--tile", List.of("--depth", "3"),
            "--filters-per-class", List.of("--head", "grouped"));

    @TempDir
    static Path dir;

    @Test
    void namesAritiesAndTypesAreThoseOfTheTrainersPicocliModel() {
        CommandSpec train = TrainerCli.commandLine(Map.of()).getSubcommands().get("train").getCommandSpec();
        Map<String, String> model = new TreeMap<>();
        for (OptionSpec o : train.options()) {
            assertEquals(o.arity().min(), o.arity().max(), o.longestName() + ": a variable arity is not in the contract");
            model.put(String.join(",", o.names()), o.arity().min() + " " + type(o.type()) + " " + o.paramLabel());
        }
        Map<String, String> contract = new TreeMap<>();
        CONTRACT.options().forEach(o -> contract.put(String.join(",", o.names()), o.arity() + " "
                + o.type().name().toLowerCase(Locale.ROOT) + " " + o.label()));
        assertEquals(model, contract, "cli/src/main/resources" + TrainOptionContract.RESOURCE
                + " differs from TrainCommand's options; the trainer has: " + model);
        assertEquals(List.copyOf(train.subcommands().keySet()), CONTRACT.subcommands());
    }

    static Stream<TrainOptionContract.Option> limited() {
        return CONTRACT.options().stream().filter(o -> !o.words().isEmpty() || o.min() != null || o.max() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limited")
    void theTrainerAcceptsWhatTheContractAllowsAndRejectsTheRest(TrainOptionContract.Option option) {
        List<String> allowed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (!option.words().isEmpty()) {
            for (String w : option.words()) {
                allowed.add(w);
                allowed.add(w.toUpperCase(Locale.ROOT));
            }
            refused.add("bogus");
        } else {
            allowed.add(number(option.min()));
            refused.add(number(option.min() - 1));
            if (option.max() != null) {
                allowed.add(number(option.max()));
                refused.add(number(option.max() + 1));
            }
        }
        for (String value : allowed) {
            assertTrue(option.problem(value).isEmpty(), option.name() + " " + value + ": " + option.problem(value));
            String[] run = check(option, value);
            assertEquals("0", run[0], option.name() + " " + value + " refused by the trainer:\n" + run[1]);
        }
        for (String value : refused) {
            String problem = option.problem(value).orElseThrow(() -> new AssertionError(option.name() + " " + value));
            String[] run = check(option, value);
            assertEquals("2", run[0], option.name() + " " + value + " accepted by the trainer:\n" + run[1]);
            if (!option.words().isEmpty()) {
                assertTrue(run[1].contains("parzen train: " + problem), "the trainer's words differ from '" + problem + "':\n" + run[1]);
            }
        }
    }

    @ParameterizedTest(name = "train {0}")
    @CsvSource(delimiter = '|', value = {
        "--frobnicate",
        "--epoch 3",
        "--learning-rat 0.01",
        "--epochs many",
        "--epochs=many",
        "--seed 1.5",
        "--learning-rate fast",
        "--epochs",
        "--epochs 2 --epochs 3",
        "stray",
        "--tiling diagonal",
        "--head wide",
        "--lr-schedule step",
        "--augment yes",
        "--objective last",
        "--epochs 0",
        "--batch 5000",
        "--mask-tiles 65",
        "--warmup-fraction 0.7",
    })
    void forABadCommandLineTheTrainerSaysWhatTheContractSays(String options) {
        List<String> args = args(List.of(options.split(" ")));
        String expected = CONTRACT.check(args).orElseThrow(() -> new AssertionError("the contract accepts " + options));
        String[] run = run(args);
        assertEquals("2", run[0], run[1]);
        assertEquals(expected, run[1].strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @ParameterizedTest(name = "train {0}")
    @CsvSource(delimiter = '|', value = {
        "--epochs 3 --tiling RESIZE --head=grouped --filters-per-class 4",
        "--augment false --seed -5 --learning-rate 1e-3",
        "--help",
    })
    void whatTheTrainerAcceptsTheContractAccepts(String options) {
        List<String> args = args(List.of(options.split(" ")));
        String[] run = run(args);
        assertEquals("0", run[0], run[1]);
        assertEquals(java.util.Optional.empty(), CONTRACT.check(args));
    }

    @Test
    void everyOptionNameStartsWithADash() {
        CONTRACT.options().forEach(o -> o.names().forEach(n -> assertTrue(n.startsWith("-"), n)));
        assertFalse(CONTRACT.options().isEmpty());
    }

    /** {exit code, output} of {@code train --check-options} with the option set to {@code value}. */
    private static String[] check(TrainOptionContract.Option option, String value) {
        List<String> options = new ArrayList<>(COMPANIONS.getOrDefault(option.name(), List.of()));
        options.add(option.name());
        options.add(value);
        return run(args(options));
    }

    /** {@code train --output ... --check-options OPTIONS}. */
    private static List<String> args(List<String> options) {
        List<String> args = new ArrayList<>(List.of("train", "--output", dir.resolve("studies/s/trials/s-0000").toString(),
                "--check-options"));
        args.addAll(options);
        return args;
    }

    /** {exit code, output} of the trainer's command line run with {@code args}. */
    private static String[] run(List<String> args) {
        CommandLine cl = TrainerCli.commandLine(Map.of());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int code = cl.execute(args.toArray(String[]::new));
        return new String[] {Integer.toString(code), out.toString()};
    }

    private static String type(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "int";
        }
        if (type == long.class || type == Long.class) {
            return "long";
        }
        if (type == double.class || type == Double.class) {
            return "double";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return type == String.class ? "string" : type.getName();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
