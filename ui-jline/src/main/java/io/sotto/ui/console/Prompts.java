package io.sotto.ui.console;

import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Turns a styled prompt into the string JLine takes. JLine reads a prompt as a pattern in which
 * {@code %} starts an escape, so a nickname containing {@code %} must be doubled to show as is.
 */
final class Prompts {
    private Prompts() {}

    static String pattern(AttributedString prompt, Terminal terminal) {
        return prompt.toAnsi(terminal).replace("%", "%%");
    }

    /** Sets the prompt of a {@code readLine} in progress; the next redisplay shows it. */
    static void update(LineReader reader, AttributedString prompt) {
        if (reader instanceof LineReaderImpl impl) {
            impl.setPrompt(pattern(prompt, reader.getTerminal()));
        }
    }
}
