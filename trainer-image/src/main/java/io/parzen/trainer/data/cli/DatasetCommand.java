package io.parzen.trainer.data.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parzen dataset}: tools for SpaceNet-layout datasets. Mount it as a subcommand of the main
 * CLI; on its own it only prints usage.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Write synthetic SpaceNet data and inspect masks.",
        subcommands = {SynthCommand.class, MaskCommand.class})
public final class DatasetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: synth or mask");
    }
}
