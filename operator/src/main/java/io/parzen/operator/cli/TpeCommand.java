package io.parzen.operator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parzen tpe ...}: the optimizer on its own, without a cluster or a trainer. */
@Command(name = "tpe", mixinStandardHelpOptions = true,
        description = "Drive the TPE optimizer directly: ask/tell over JSON lines, a demo, the quality benchmark.",
        subcommands = {AskTellCommand.class, TpeDemoCommand.class, TpeBenchCommand.class})
public final class TpeCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
