package io.sotto.ui.gui;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the conversation as the window shows it. Built from session events by {@link
 * EventLines}; drawn by {@link ChatLineView}.
 *
 * @param kind what sort of line
 * @param time when it happened
 * @param nick who said it; empty for system lines
 * @param text what was said, possibly several lines
 * @param own the user's own message
 * @param mention someone else's message that names the user
 */
record ChatLine(Kind kind, Instant time, String nick, String text, boolean own, boolean mention) {

    /** How a line is drawn. */
    enum Kind {
        /** A chat message: time, nickname tag, text. */
        MESSAGE,
        /** An action ({@code /me waves}): "* ada waves". */
        ACTION,
        /** Quiet: joins, leaves, renames, notices, command output. */
        SYSTEM,
        /** Something went wrong: a refusal, a lost connection, a failed command. */
        ERROR
    }

    ChatLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(text, "text");
    }

    static ChatLine system(Instant time, String text) {
        return new ChatLine(Kind.SYSTEM, time, "", text, false, false);
    }

    static ChatLine error(Instant time, String text) {
        return new ChatLine(Kind.ERROR, time, "", text, false, false);
    }
}
