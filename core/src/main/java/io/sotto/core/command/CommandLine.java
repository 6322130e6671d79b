package io.sotto.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user typed after the slash, split into a command name and its arguments.
 *
 * @param name the command name, lower case, without the slash
 * @param argumentText everything after the name, as typed, leading spaces removed
 * @param arguments the words of {@code argumentText}; double quotes group words with spaces
 */
record CommandLine(String name, String argumentText, List<String> arguments) {

    /** Parses {@code /name args...}; the caller has checked the leading slash. */
    static CommandLine parse(String input) {
        String body = input.substring(1);
        int end = 0;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        String name = body.substring(0, end).toLowerCase(Locale.ROOT);
        String rest = body.substring(end).stripLeading();
        return new CommandLine(name, rest, words(rest));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }
}
