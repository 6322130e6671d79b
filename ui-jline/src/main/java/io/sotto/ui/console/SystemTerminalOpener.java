package io.sotto.ui.console;

import io.sotto.api.frontend.FrontEndContext;
import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The process's own terminal, when both standard input and standard output are one. Streams a
 * launcher or test substituted, a redirected output or a piped input all mean plain mode; so does
 * a terminal JLine can only drive as "dumb".
 */
final class SystemTerminalOpener implements TerminalOpener {

    @Override
    public Terminal open(FrontEndContext context) throws IOException {
        if (context.in() != System.in || context.out() != System.out || !interactiveConsole()) {
            return null;
        }
        Terminal terminal = TerminalBuilder.builder()
                .name("sotto")
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysOut) // Not stderr when stdout is redirected.
                .dumb(true) // A dumb terminal, not a warning, when there is none; we then go plain.
                .build();
        if (TerminalOpener.isDumb(terminal)) {
            terminal.close();
            return null;
        }
        return terminal;
    }

    /**
     * {@code System.console()} is null without a terminal up to JDK 21; from JDK 22 it may exist
     * regardless, and {@code Console.isTerminal()} (looked up reflectively: we compile for 21)
     * tells.
     */
    static boolean interactiveConsole() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
