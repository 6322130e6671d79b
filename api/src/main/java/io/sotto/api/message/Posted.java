package io.sotto.api.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat message relayed by the server.
 *
 * @param id the server's number for this message, increasing in the order the server relays them
 * @param time when the server received it
 * @param nick who sent it
 * @param text what they said
 * @param action true for an action ({@code /me})
 */
public record Posted(long id, Instant time, String nick, String text, boolean action)
        implements ServerMessage {
    public Posted {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(text, "text");
    }
}
