package io.sotto.ui.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from the network safe to print. Anyone in the room can send any characters; an
 * escape sequence that reached the terminal could move the cursor, rewrite earlier lines, change
 * the window title or, on some terminals, feed keystrokes back. So every control character is
 * replaced by something visible and inert before it is printed: C0 controls by their Unicode
 * control pictures (ESC shows as ␛), DEL by ␡, C1 controls, bidirectional overrides, line
 * separators and unpaired surrogates by U+FFFD.
 */
final class Sanitizer {
    static final char REPLACEMENT = '\uFFFD';

    private Sanitizer() {}

    /** One line: newlines are neutralized too (for nicknames, reasons, details). */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(safe(c));
            }
        }
        return out.toString();
    }

    /**
     * A message: split at its line breaks ({@code \n}, {@code \r\n} or a lone {@code \r}, which
     * would otherwise return to the start of the line and overwrite it), each line made safe.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(inline(line));
        }
        return lines;
    }

    private static char safe(char c) {
        if (c == '\t') {
            return ' ';
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c < 0xA0 || isFormattingControl(c) || Character.isSurrogate(c)) {
            return REPLACEMENT;
        }
        return c;
    }

    /** Bidirectional embeddings, overrides and isolates, and the line and paragraph separators. */
    private static boolean isFormattingControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
    }
}
