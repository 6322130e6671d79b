package io.sotto.api.message;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone joined, left or changed nickname.
 *
 * @param kind what happened
 * @param nick the nickname (the new one for RENAMED)
 * @param previousNick the old nickname for RENAMED, otherwise empty
 * @param time when the server saw it
 * @param onlineCount how many are in the room afterwards
 */
public record Presence(Kind kind, String nick, String previousNick, Instant time, int onlineCount)
        implements ServerMessage {

    /** What changed. */
    public enum Kind {
        JOINED,
        LEFT,
        RENAMED
    }

    public Presence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(previousNick, "previousNick");
        Objects.requireNonNull(time, "time");
    }
}
