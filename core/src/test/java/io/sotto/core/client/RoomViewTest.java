package io.sotto.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.message.Presence;
import io.sotto.api.message.Welcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomViewTest {
    private final RoomView room = new RoomView();

    private static Presence change(Presence.Kind kind, String nick, int count) {
        return new Presence(kind, nick, "", Instant.EPOCH, count);
    }

    @Test
    void theCountIsTheServersEvenWhenNotEveryoneIsNamed() {
        room.welcome(new Welcome("ann", "Sotto", "", List.of("ann", "bob"), 2, 500));
        assertEquals(2, room.onlineCount());

        // A crowd arrived: the server named only the latest arrival, and counts everyone.
        room.apply(change(Presence.Kind.JOINED, "zoe", 1_002));
        assertEquals(List.of("ann", "bob", "zoe"), room.online());
        assertEquals(1_002, room.onlineCount());

        // One of the unnamed arrivals leaves: nobody to remove, the count follows.
        room.apply(change(Presence.Kind.LEFT, "unnamed-17", 1_001));
        assertEquals(List.of("ann", "bob", "zoe"), room.online());
        assertEquals(1_001, room.onlineCount());

        room.apply(change(Presence.Kind.LEFT, "bob", 1_000));
        assertEquals(List.of("ann", "zoe"), room.online());
        assertEquals(1_000, room.onlineCount());
    }

    @Test
    void aBigRoomsWelcomeNamesSomeAndCountsAll() {
        room.welcome(new Welcome("ann", "Sotto", "", List.of("ann", "bob"), 1_000, 500));
        assertEquals(List.of("ann", "bob"), room.online());
        assertEquals(1_000, room.onlineCount());
    }
}
