package io.sotto.ui.console;

import java.io.PrintStream;

/**
 * Writes errors to standard error as one readable line each (sanitized: the text may come from
 * the server), with the stack trace only when {@code --debug} asked for it.
 */
final class ErrorReporter {
    private final PrintStream err;
    private final boolean debug;

    ErrorReporter(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    void error(String message, Throwable cause) {
        synchronized (err) {
            err.println("sotto: " + Sanitizer.inline(message));
            if (debug && cause != null) {
                cause.printStackTrace(err);
            }
            err.flush();
        }
    }

    void error(String message) {
        error(message, null);
    }

    /** A warning meant to be read in full: several lines, each sanitized, nothing shortened. */
    void warning(String text, Throwable cause) {
        synchronized (err) {
            for (String line : Sanitizer.lines(text)) {
                err.println(line);
            }
            if (debug && cause != null) {
                cause.printStackTrace(err);
            }
            err.flush();
        }
    }
}
