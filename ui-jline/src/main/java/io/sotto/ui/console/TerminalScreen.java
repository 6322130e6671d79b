package io.sotto.ui.console;

import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;

/**
 * Prints on a real terminal through {@link LineReader#printAbove(AttributedString)}: lines that
 * arrive while the user types appear above the prompt, and the partly typed line is redrawn
 * below them unchanged. The prompt (nick and online count) is refreshed at the same time.
 */
final class TerminalScreen implements Screen {
    private final LineReader reader;
    private final Terminal terminal;
    private final PromptSource prompt;
    private volatile boolean closed;

    TerminalScreen(LineReader reader, Terminal terminal, PromptSource prompt) {
        this.reader = reader;
        this.terminal = terminal;
        this.prompt = prompt;
    }

    @Override
    public void show(List<AttributedString> lines) {
        if (lines.isEmpty() || closed) {
            return;
        }
        try {
            Prompts.update(reader, prompt.prompt());
            reader.printAbove(AttributedString.join(new AttributedString("\n"), lines));
        } catch (IllegalStateException e) {
            // The terminal closed between the check and the print: the client is ending anyway.
        }
    }

    /** Drops later lines: the session's last events may still arrive after the terminal closed. */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void clear() {
        if (closed) {
            return;
        }
        synchronized (terminal) {
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
        }
    }
}
