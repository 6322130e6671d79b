package io.sotto.ui.console;

/**
 * Tells whether a message mentions someone: their nickname as a whole word, ignoring case, so
 * that "ada:" and "@Ada" mention Ada but "Adam" and "canada" do not.
 */
final class Mentions {
    private Mentions() {}

    static boolean mentions(String text, String nick) {
        if (nick.isEmpty()) {
            return false;
        }
        int length = nick.length();
        for (int i = 0; i + length <= text.length(); i++) {
            if (text.regionMatches(true, i, nick, 0, length)
                    && !isWordChar(text, i - 1)
                    && !isWordChar(text, i + length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
