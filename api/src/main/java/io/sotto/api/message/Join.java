package io.sotto.api.message;

import java.util.Objects;

/** Asks to enter the room under {@code nick}. Answered by {@link Welcome} or {@link Refused}. */
public record Join(String nick) implements ClientMessage {
    public Join {
        Objects.requireNonNull(nick, "nick");
    }
}
