package io.sotto.api.message;

import java.util.Objects;

/** Asks to change nickname. Answered by a {@link Presence} of kind RENAMED or by {@link Refused}. */
public record Rename(String nick) implements ClientMessage {
    public Rename {
        Objects.requireNonNull(nick, "nick");
    }
}
