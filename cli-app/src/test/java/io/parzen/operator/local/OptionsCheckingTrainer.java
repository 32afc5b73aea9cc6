package io.parzen.operator.local;

import io.parzen.cli.CliErrors;
import io.parzen.cli.TerminationMessage;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A stand-in for the trainer's command line as the options check sees it: {@code train} with a few
 * options and {@code --check-options}, its errors through the same handlers and its error line in
 * the termination message, like the real trainer's main.
 */
@Command(name = "parzen", subcommands = OptionsCheckingTrainer.Train.class)
public final class OptionsCheckingTrainer implements Runnable {

    @Override
    public void run() {}

    @Command(name = "train")
    static final class Train implements Callable<Integer> {
        @Option(names = "--epochs")
        int epochs = 1;

        @Option(names = "--learning-rate")
        double learningRate;

        @Option(names = "--check-options")
        boolean check;

        @Override
        public Integer call() {
            if (learningRate > 1) {
                System.out.println("a line of output after the error");
                throw new IllegalArgumentException("--learning-rate " + learningRate + " must be at most 1");
            }
            return check ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        CommandLine cl = CliErrors.install(new CommandLine(new OptionsCheckingTrainer()), System.getenv());
        System.exit(TerminationMessage.execute(cl, args, System.getenv()));
    }
}
