package io.sotto.core.server;

import io.sotto.api.message.Notice;

/**
 * The rules for chat text: not empty, not longer than the server's limit (in characters, as a
 * person counts them), and no control characters besides line breaks and tabs — so a message
 * cannot rewrite another user's terminal with escape sequences.
 */
final class MessageText {
    private MessageText() {}

    /**
     * Why a text cannot be posted.
     *
     * @param code the notice code to send ({@link Notice#MESSAGE_TOO_LONG} or {@link Notice#MALFORMED})
     * @param reason a phrase for the user
     */
    record Problem(String code, String reason) {}

    /** Why {@code text} cannot be posted, or null when it can. */
    static Problem problemWith(String text, int maxChars) {
        if (text.isBlank()) {
            return new Problem(Notice.MALFORMED, "it is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            return new Problem(Notice.MESSAGE_TOO_LONG,
                    "too long: " + length + " characters, the limit is " + maxChars);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return new Problem(Notice.MALFORMED,
                        "it contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return null;
    }
}
