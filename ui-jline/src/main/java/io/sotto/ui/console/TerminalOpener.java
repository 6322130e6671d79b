package io.sotto.ui.console;

import io.sotto.api.frontend.FrontEndContext;
import java.io.IOException;
import org.jline.terminal.Terminal;

/**
 * Finds the terminal to run on, or none. A seam: the launcher's client gets the system
 * terminal; tests hand in a JLine terminal on in-memory streams.
 */
@FunctionalInterface
interface TerminalOpener {

    /** @return the terminal, or null when input or output is not a terminal (plain mode) */
    Terminal open(FrontEndContext context) throws IOException;

    /** Whether JLine gave a terminal without cursor control, which means plain mode. */
    static boolean isDumb(Terminal terminal) {
        String type = terminal.getType();
        return type == null || type.startsWith(Terminal.TYPE_DUMB);
    }
}
