package io.sotto.ui.gui;

/**
 * What the user sent from the input, sorted: {@code /name ...} is a command for the dispatcher,
 * anything else is chat. {@code //text} escapes the slash and posts {@code /text} as chat.
 *
 * @param command true for a command line
 * @param text the command line, or the chat text to post
 */
record Typed(boolean command, String text) {

    static Typed of(String input) {
        if (input.startsWith("//")) {
            return new Typed(false, input.substring(1));
        }
        return new Typed(input.startsWith("/"), input);
    }
}
