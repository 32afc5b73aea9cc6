package io.parzen.operator;

import io.parzen.cli.CliErrors;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The controller jar's entry point (what the operator image runs): {@code parzen operator} and
 * nothing else. It is named {@code parzen} so that usage and error lines read as they do from the
 * full command line, whose {@code ParzenCli} (module cli-app) holds the same {@link OperatorCommand}
 * beside the local runner and the other tools.
 */
@Command(name = "parzen", mixinStandardHelpOptions = true, version = "parzen 0.1.0",
        description = "The parzen controller: Study and Trial resources on a Kubernetes cluster.",
        footer = {"", "Exit codes: 0 done, 1 failed while running, 2 invalid input (docs/cli.md)."},
        subcommands = {OperatorCommand.class, CommandLine.HelpCommand.class})
public final class OperatorMain implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line whose {@code operator} command reads {@code env} instead of the process's. */
    public static CommandLine commandLine(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return configure(new CommandLine(new OperatorMain(), factory(copy)), copy);
    }

    /** Makes {@link OperatorCommand}s that read {@code env}, and every other command picocli's way. */
    public static CommandLine.IFactory factory(Map<String, String> env) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == OperatorCommand.class) {
                    return type.cast(new OperatorCommand(env));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
    }

    /**
     * What every parzen command line that holds {@code operator} needs: durations as {@code 15s} or
     * ISO-8601, and errors ended the shared way ({@link CliErrors}).
     */
    public static CommandLine configure(CommandLine commandLine, Map<String, String> env) {
        commandLine.registerConverter(java.time.Duration.class, new DurationConverter());
        return CliErrors.install(commandLine, env);
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }
}
