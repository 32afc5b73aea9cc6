package io.parzen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every parzen command ends on an error: one or two lines on standard error that start with
 * the command's name ({@code parzen local: ...}), and the exit code of {@link ExitCodes}. A bad
 * command line gets one line: the message, picocli's suggestion for a misspelt option and a pointer
 * to {@code --help}; an exception from a command gets {@link ErrorMessages}' line. No stack trace
 * unless the environment sets {@value #DEBUG_VAR}=1.
 */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** The variable that adds the stack trace to error messages. */
    public static final String DEBUG_VAR = "PARZEN_DEBUG";

    private final boolean debug;

    private CliErrors(boolean debug) {
        this.debug = debug;
    }

    /** Installs the handlers on {@code commandLine} (they apply to its subcommands too); returns it. */
    public static CommandLine install(CommandLine commandLine, Map<String, String> env) {
        CliErrors handler = new CliErrors(debug(env));
        return commandLine.setParameterExceptionHandler(handler).setExecutionExceptionHandler(handler);
    }

    /** Whether {@code env} asks for stack traces. */
    static boolean debug(Map<String, String> env) {
        String value = env.get(DEBUG_VAR);
        return value != null && !value.isBlank() && !"0".equals(value.strip()) && !"false".equalsIgnoreCase(value.strip());
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(line(e));
        trace(e, err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The line a bad command line gets: the command, picocli's message, its suggestion for a
     * misspelt option and a pointer to {@code --help}, e.g. {@code parzen train: Unknown option:
     * '--epoch' (Possible solutions: --epochs; see 'parzen train --help')}. The operator words the
     * trainer's options problems with it too.
     */
    public static String line(ParameterException e) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        StringWriter suggestions = new StringWriter();
        UnmatchedArgumentException.printSuggestions(e, new PrintWriter(suggestions));
        String suggestion = suggestions.toString().strip().replace(System.lineSeparator(), " ");
        return name + ": " + e.getMessage() + " (" + (suggestion.isEmpty() ? "" : suggestion + "; ") + "see '" + name
                + " --help')";
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + ErrorMessages.message(e)
                + (debug || ErrorMessages.expected(e) ? "" : " (" + DEBUG_VAR + "=1 prints the stack trace)"));
        trace(e, err);
        err.flush();
        return ErrorMessages.exitCode(e);
    }

    private void trace(Exception e, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
    }
}
