package io.parzen.operator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parzen tpe ...}: the optimizer on its own, without a cluster or a trainer. */
@Command(name = "tpe", mixinStandardHelpOptions = true,
        description = "Drive the TPE optimizer directly: ask/tell over JSON lines, a demo, the quality benchmark.",
        subcommands = {AskTellCommand.class, TpeDemoCommand.class, TpeBenchCommand.class})
public final class TpeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: ask-tell, demo or bench");
    }
}
