package io.parzen.operator.cli;

import io.parzen.operator.local.LocalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parzen} command line. Subcommands that need the trainer are dispatched by the launcher script. */
@Command(name = "parzen", mixinStandardHelpOptions = true, version = "parzen 0.1.0",
        description = "Kubernetes-native hyper-parameter optimizer (TPE) for segmentation networks.",
        footer = {"", "Trainer commands, run by the same ./parzen launcher from the trainer's jar:",
            "  train     Train one trial's U-Net (./parzen train --help).",
            "  dataset   Write synthetic SpaceNet data and inspect masks (./parzen dataset --help)."},
        subcommands = {LocalCommand.class, TpeCommand.class, OperatorCommand.class, TrialsCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class ParzenCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParzenCli())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .execute(args));
    }
}
