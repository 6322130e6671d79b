package io.sotto.ui.console;

import io.sotto.api.frontend.FrontEnd;
import io.sotto.api.frontend.FrontEndContext;
import java.io.IOException;
import org.jline.terminal.Terminal;

/**
 * The console front-end, {@code sotto client --ui console}: a chat client in the terminal, or a
 * line-per-event filter when input or output is not a terminal. Found by the launcher through
 * {@link java.util.ServiceLoader}; it needs nothing but what {@link FrontEndContext} gives.
 *
 * <p>Exit codes: 0 when the user quits or input ends, 1 when the server cannot be reached or the
 * connection is lost for good, 2 when something had to be asked and there is no terminal, 3 when
 * the server's key has changed.
 */
public final class ConsoleFrontEnd implements FrontEnd {
    private final TerminalOpener terminals;

    /** The front-end on the process's own terminal (plain mode when there is none). */
    public ConsoleFrontEnd() {
        this(new SystemTerminalOpener());
    }

    /** A front-end on the terminal {@code terminals} gives (tests: a terminal on memory streams). */
    ConsoleFrontEnd(TerminalOpener terminals) {
        this.terminals = terminals;
    }

    @Override
    public String id() {
        return "console";
    }

    @Override
    public String description() {
        return "terminal chat client (JLine): line editing, completion, colours; plain lines when piped";
    }

    @Override
    public int run(FrontEndContext context) {
        ErrorReporter errors = new ErrorReporter(context.err(), context.options().debug());
        try {
            Terminal opened = terminals.open(context);
            if (opened != null && TerminalOpener.isDumb(opened)) {
                opened.close();
                opened = null;
            }
            if (opened == null) {
                return new ConsoleClient(context, errors).runPlain();
            }
            try (Terminal terminal = opened) {
                return new ConsoleClient(context, errors).runOn(terminal);
            }
        } catch (IOException e) {
            errors.error("cannot use the terminal: " + e.getMessage(), e);
            return ExitCodes.FAILED;
        } catch (IllegalArgumentException e) {
            errors.error(e.getMessage(), e); // e.g. a plugin command taking a built-in command's name
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            errors.error("unexpected error: " + e, e);
            return ExitCodes.FAILED;
        }
    }
}
