package io.sotto.app;

import io.sotto.core.config.ConfigException;
import io.sotto.core.registry.DuplicateExtensionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr and an exit code: users see what went wrong and what
 * to do, never a stack trace (unless they ask with {@code --debug}).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean setup = error instanceof ConfigException || error instanceof DuplicateExtensionException;
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        err.println("sotto: " + (setup ? "" : "error: ") + message);
        if (debugRequested(parseResult)) {
            error.printStackTrace(err);
        } else if (!setup) {
            err.println("(run again with --debug to see the details)");
        }
        err.flush();
        return setup ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("sotto: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
