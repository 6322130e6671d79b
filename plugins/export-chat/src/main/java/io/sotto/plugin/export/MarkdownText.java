package io.sotto.plugin.export;

/**
 * Makes chat text safe to put inside one Markdown list item: every character that could start
 * emphasis, code, a link, an image, HTML, an entity, a heading, a table cell or strike-through is
 * escaped with a backslash (CommonMark allows that for any ASCII punctuation), and line breaks
 * become {@code <br>} so a message can never end the list item and start a block of its own.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|~&!";

    private MarkdownText() {}

    static String escape(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n') {
                out.append("<br>");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
