package io.parzen.cli;

import picocli.CommandLine;

/**
 * The exit codes of every parzen command (the parzen CLI's, the operator's and the trainer's alike); docs/cli.md
 * lists them for users.
 */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = CommandLine.ExitCode.OK;
    /**
     * The input was valid but the command failed while it ran: a store or API server could not be
     * reached, a write was refused, a trial or every trial of a study failed.
     */
    public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
    /**
     * The input was invalid, so nothing was done: an unknown option, a bad option value, a missing
     * or invalid file (a Study, an ask/tell line), an option the trainer rejects.
     */
    public static final int INVALID_INPUT = CommandLine.ExitCode.USAGE;

    private ExitCodes() {}
}
