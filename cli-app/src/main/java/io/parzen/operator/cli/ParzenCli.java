package io.parzen.operator.cli;

import io.parzen.cli.CliErrors;
import io.parzen.operator.OperatorCommand;
import io.parzen.operator.OperatorMain;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parzen} command line. Subcommands that need the trainer are dispatched by the launcher
 * script. Errors end every command the same way ({@link CliErrors}: one line, exit code 2 for
 * invalid input, 1 for a failure at run time).
 */
@Command(name = "parzen", mixinStandardHelpOptions = true, version = "parzen 0.1.0",
        description = "Kubernetes-native hyper-parameter optimizer (TPE) for segmentation networks.",
        footer = {"", "Trainer commands, run by the same ./parzen launcher from the trainer's jar:",
            "  train     Train one trial's U-Net (./parzen train --help).",
            "  dataset   Write synthetic SpaceNet data and inspect masks (./parzen dataset --help).",
            "", "Exit codes: 0 done, 1 failed while running, 2 invalid input (docs/cli.md)."},
        subcommands = {LocalCommand.class, TpeCommand.class, OperatorCommand.class, TrialsCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class ParzenCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line whose commands read {@code env} (stores, kubeconfig, PARZEN_DEBUG) instead of the process's. */
    public static CommandLine commandLine(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        CommandLine.IFactory operator = OperatorMain.factory(copy);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == TrialsCommand.class) {
                    return type.cast(new TrialsCommand(copy));
                }
                if (type == ReportCommand.class) {
                    return type.cast(new ReportCommand(copy, Clock.systemUTC()));
                }
                return operator.create(type);
            }
        };
        return OperatorMain.configure(new CommandLine(new ParzenCli(), factory), copy);
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }
}
