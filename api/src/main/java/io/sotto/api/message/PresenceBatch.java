package io.sotto.api.message;

import java.util.List;

/**
 * Several presence changes at once, oldest first. A busy room (many joining or leaving within a
 * moment) gets one of these instead of one {@link Presence} per change, so that a crowd arriving
 * costs the server a few messages per member rather than one per arrival per member.
 *
 * @param changes the changes, in the order they happened; never empty
 */
public record PresenceBatch(List<Presence> changes) implements ServerMessage {
    public PresenceBatch {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a presence batch has at least one change");
        }
    }
}
