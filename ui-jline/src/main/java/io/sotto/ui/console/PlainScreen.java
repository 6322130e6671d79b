package io.sotto.ui.console;

import java.io.PrintStream;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Prints where there is no terminal (output piped or redirected): plain text, no colours, no
 * prompt, one line per event, so scripts and tests can read it.
 */
final class PlainScreen implements Screen {
    private final PrintStream out;

    PlainScreen(PrintStream out) {
        this.out = out;
    }

    @Override
    public void show(List<AttributedString> lines) {
        synchronized (out) {
            for (AttributedString line : lines) {
                out.println(line.toString());
            }
            out.flush();
        }
    }

    @Override
    public void clear() {
        // Nothing to clear in a pipe or a file.
    }
}
