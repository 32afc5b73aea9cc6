package io.parzen.operator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints errors a user can act on (a bad option value, a missing study, an unreachable store) as
 * one {@code parzen: message} line with exit code 1 instead of a stack trace; anything else is a
 * bug and keeps its stack trace.
 */
public final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException) {
            commandLine.getErr().println("parzen " + commandLine.getCommandName() + ": " + e.getMessage());
            commandLine.getErr().flush();
            return 1;
        }
        throw e;
    }
}
