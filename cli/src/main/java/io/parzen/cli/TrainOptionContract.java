package io.parzen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The options of {@code parzen train} as data: every option's names, arity, value type and, where
 * the trainer allows only some values, which ones (words, or a range {@code min..max}). Read from
 * the resource {@value #RESOURCE}, which the trainer's {@code TrainOptionContractTest} keeps equal
 * to its picocli model, so that the operator, which cannot run the trainer, checks a Study's
 * {@code trialTemplate.args} against the same options without depending on the trainer module.
 *
 * @param options every option of {@code train}
 * @param subcommands the subcommands of {@code train} (whose own options are not in the contract)
 */
public record TrainOptionContract(List<Option> options, List<String> subcommands) {
    /** The resource holding the contract. */
    public static final String RESOURCE = "/io/parzen/cli/train-options.txt";
    /** The second word of a subcommand's row. */
    static final String SUBCOMMAND = "subcommand";

    /** The trainer's subcommand these are the options of. */
    public static final String TRAIN = "train";

    /** The value types an option may have: picocli's converters for these. */
    public enum Type {
        INT(int.class), LONG(long.class), DOUBLE(double.class), STRING(String.class), BOOLEAN(boolean.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The Java type picocli converts the value to. */
        public Class<?> javaType() {
            return javaType;
        }
    }

    /**
     * One option.
     *
     * @param names its names, e.g. {@code -h, --help}
     * @param arity how many values it takes: 0 (a flag) or 1
     * @param type the type of its value (a flag's is BOOLEAN)
     * @param label its value's name in messages, e.g. {@code PX} or {@code <epochs>}
     * @param words the values allowed (case-insensitive); empty when any value of the type is
     * @param min the least value allowed (INT, LONG, DOUBLE), or null
     * @param max the greatest value allowed, or null
     */
    public record Option(List<String> names, int arity, Type type, String label, List<String> words, Double min,
                         Double max) {
        public Option {
            names = List.copyOf(names);
            words = List.copyOf(words);
        }

        /** The longest name, the one messages use. */
        public String name() {
            return names.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        }

        /**
         * Why the trainer rejects {@code value} for this option, in its words, or empty when the
         * value is allowed. A value that is not of the type is picocli's business, not this one's:
         * call this only with values that convert.
         */
        public Optional<String> problem(String value) {
            if (!words.isEmpty()) {
                String v = value.trim().toLowerCase(Locale.ROOT);
                return words.contains(v) ? Optional.empty()
                        : Optional.of(name() + " must be " + or(words) + ", got '" + value + "'");
            }
            if (min == null && max == null) {
                return Optional.empty();
            }
            double v = Double.parseDouble(value.trim());
            if ((min != null && v < min) || (max != null && v > max)) {
                String range = max == null ? "at least " + number(min) : "in " + number(min) + ".." + number(max);
                return Optional.of(name() + " must be " + range + ", got " + value.trim());
            }
            return Optional.empty();
        }
    }

    public TrainOptionContract {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    /** The option named {@code name}, if the trainer has one. */
    public Optional<Option> option(String name) {
        return options.stream().filter(o -> o.names().contains(name)).findFirst();
    }

    /**
     * The trainer's error line for {@code args} (its command line after {@code parzen}: {@value #TRAIN}
     * and its options), or empty when the trainer would accept them: picocli parses them against these
     * options as it parses the trainer's (an unknown option, a missing or mistyped value, a repeated
     * option or a stray argument get picocli's words and suggestion, see {@link CliErrors#line}), then
     * each value is checked against the values allowed. What the trainer checks across options
     * ({@code --tile} divisible by 2^{@code --depth}) is not in the contract.
     */
    public Optional<String> check(List<String> args) {
        CommandSpec train = CommandSpec.create().name(TRAIN);
        for (Option o : options) {
            train.addOption(OptionSpec.builder(o.names().toArray(String[]::new)).arity(Integer.toString(o.arity()))
                    .type(o.type().javaType()).paramLabel(o.label()).build());
        }
        for (String name : subcommands) {
            CommandSpec sub = CommandSpec.create().name(name); // its options are its own business
            sub.parser().unmatchedArgumentsAllowed(true).unmatchedOptionsArePositionalParams(true);
            train.addSubcommand(name, sub);
        }
        CommandSpec parzen = CommandSpec.create().name("parzen");
        parzen.addSubcommand(TRAIN, train);
        ParseResult parsed;
        try {
            parsed = new CommandLine(parzen).parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            return Optional.of(CliErrors.line(e));
        }
        if (parsed.subcommand() == null) {
            return Optional.empty();
        }
        for (OptionSpec matched : parsed.subcommand().matchedOptions()) {
            Option option = option(matched.longestName()).orElseThrow();
            for (String value : matched.originalStringValues()) {
                Optional<String> why = option.problem(value);
                if (why.isPresent()) {
                    return Optional.of("parzen " + TRAIN + ": " + why.get());
                }
            }
        }
        return Optional.empty();
    }

    /** The contract the trainer of this build has, from {@value #RESOURCE}. */
    public static TrainOptionContract load() {
        try (InputStream in = TrainOptionContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the resource's text: {@code names arity type label [values]} a line, separated by spaces
     * ({@code --epochs 1 int <epochs> 1..10000}), or {@code name subcommand}; {@code #} starts a comment.
     */
    public static TrainOptionContract parse(String text) {
        List<Option> options = new ArrayList<>();
        List<String> subcommands = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length == 2 && cells[1].equals(SUBCOMMAND)) {
                subcommands.add(cells[0]);
                continue;
            }
            if (cells.length != 4 && cells.length != 5) {
                throw new IllegalArgumentException("train options: '" + line + "' must be: names arity type label [values]");
            }
            String values = cells.length == 5 ? cells[4] : "";
            List<String> words = List.of();
            Double min = null;
            Double max = null;
            if (values.contains("..")) {
                int dots = values.indexOf("..");
                min = Double.valueOf(values.substring(0, dots));
                max = dots + 2 == values.length() ? null : Double.valueOf(values.substring(dots + 2));
            } else if (!values.isEmpty()) {
                words = List.of(values.split(","));
            }
            options.add(new Option(List.of(cells[0].split(",")), Integer.parseInt(cells[1]),
                    Type.valueOf(cells[2].toUpperCase(Locale.ROOT)), cells[3], words, min, max));
        }
        return new TrainOptionContract(options, subcommands);
    }

    private static String or(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
