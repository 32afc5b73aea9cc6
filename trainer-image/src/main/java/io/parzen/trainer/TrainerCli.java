package io.parzen.trainer;

import io.parzen.cli.CliErrors;
import io.parzen.cli.ExitCodes;
import io.parzen.cli.TerminationMessage;
import io.parzen.trainer.data.cli.DatasetCommand;
import io.parzen.trainer.train.cli.ParamsDefaults;
import io.parzen.trainer.train.cli.TrainCommand;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the trainer jar and image: {@code parzen train ...} and {@code parzen dataset ...}. */
@Command(name = "parzen", mixinStandardHelpOptions = true, version = "parzen trainer 0.1.0",
        description = "The parzen trainer: train the U-Net of one trial; SpaceNet data tools.",
        subcommands = {TrainCommand.class, DatasetCommand.class, CommandLine.HelpCommand.class})
public final class TrainerCli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * The command line with {@code train}'s options also read from {@code env} ({@link ParamsDefaults}),
     * ending on errors as every parzen command does ({@link CliErrors}).
     */
    public static CommandLine commandLine(Map<String, String> env) {
        CommandLine cl = CliErrors.install(new CommandLine(new TrainerCli()), env);
        CommandLine train = cl.getSubcommands().get("train");
        ((TrainCommand) train.getCommand()).useEnvironment(env);
        train.setDefaultValueProvider(new ParamsDefaults(env));
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl;
        try {
            cl = commandLine(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("parzen: " + e.getMessage());
            System.exit(ExitCodes.INVALID_INPUT);
            return;
        }
        System.exit(TerminationMessage.execute(cl, args, System.getenv()));
    }
}
