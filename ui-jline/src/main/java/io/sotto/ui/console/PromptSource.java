package io.sotto.ui.console;

import org.jline.utils.AttributedString;

/** The prompt as it should look now (it changes with the nick, the online count, the connection). */
@FunctionalInterface
interface PromptSource {
    AttributedString prompt();
}
