package io.sotto.api.message;

import java.util.Objects;

/**
 * Posts {@code text} to the room.
 *
 * @param action true for an action ({@code /me waves}), shown as "* nick waves"
 */
public record Say(String text, boolean action) implements ClientMessage {
    public Say {
        Objects.requireNonNull(text, "text");
    }
}
