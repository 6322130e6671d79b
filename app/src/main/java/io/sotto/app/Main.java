package io.sotto.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code sotto} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // PF4J reports through SLF4J; keep its routine info lines out of the user's way.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line, writing to {@code out} and {@code err}; tests call it too. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SottoCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setParameterExceptionHandler(reporter);
        return commandLine;
    }
}
