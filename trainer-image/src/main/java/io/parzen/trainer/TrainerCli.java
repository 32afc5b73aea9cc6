package io.parzen.trainer;

import io.parzen.trainer.data.cli.DatasetCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the trainer jar and image: {@code parzen dataset ...} (and, with the trainer issue, {@code parzen train}). */
@Command(name = "parzen", mixinStandardHelpOptions = true, version = "parzen trainer 0.1.0",
        description = "The parzen trainer: SpaceNet data tools.",
        subcommands = {DatasetCommand.class, CommandLine.HelpCommand.class})
public final class TrainerCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainerCli()).execute(args));
    }
}
