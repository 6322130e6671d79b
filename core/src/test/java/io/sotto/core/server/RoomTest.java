package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.message.Refused;
import io.sotto.core.server.Nicknames.Nickname;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoomTest {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final Room room = new Room(timers);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    /** A connection whose own nickname field is not set yet, as in the moment after admission. */
    private static final class Listener implements Member {
        final AtomicInteger deliveries = new AtomicInteger();

        @Override
        public String nick() {
            return "";
        }

        @Override
        public void deliver(Broadcast broadcast) {
            deliveries.incrementAndGet();
        }
    }

    private static Nickname nick(String name) {
        return ((Nicknames.Valid) Nicknames.check(name)).nickname();
    }

    @Test
    void theOnlineListShowsTheNameAdmittedEvenBeforeTheConnectionKnowsIt() {
        room.admit(nick("Ada"), new Listener());
        room.admit(nick("bob"), new Listener());

        assertEquals(List.of("Ada", "bob"), room.online());
    }

    @Test
    void aRenameMovesTheNameAndTheMemberStillHearsEachMessageOnce() {
        Listener ada = new Listener();
        room.admit(nick("ada"), ada);

        assertTrue(room.rename(nick("ada"), nick("Lovelace"), ada).isEmpty());
        room.post("someone", "hello", false);

        assertEquals(List.of("Lovelace"), room.online());
        assertEquals(1, ada.deliveries.get());
        assertEquals(1, room.size());
    }

    @Test
    void aChangeOfCaseOnlyShowsTheNewSpelling() {
        Listener ada = new Listener();
        room.admit(nick("ada"), ada);

        assertTrue(room.rename(nick("ada"), nick("ADA"), ada).isEmpty());

        assertEquals(List.of("ADA"), room.online());
    }

    @Test
    void aTakenNameIsRefusedNamingItsHolder() {
        room.admit(nick("Ada"), new Listener());

        Refused refused = room.admit(nick("ada"), new Listener()).orElseThrow();

        assertEquals(Refused.NICK_TAKEN, refused.code());
        assertTrue(refused.reason().contains("(by 'Ada')"), refused.reason());
        assertEquals(1, room.size());
    }

    @Test
    void leavingFreesTheNameAndStopsDeliveries() {
        Listener ada = new Listener();
        room.admit(nick("ada"), ada);

        room.remove(nick("ada"), ada);
        room.post("someone", "hello", false);

        assertEquals(List.of(), room.online());
        assertEquals(0, ada.deliveries.get());
        assertTrue(room.admit(nick("ada"), new Listener()).isEmpty());
    }

    @Test
    void theOnlineListIsInOrderIgnoringCaseWhateverTheOrderOfArrival() {
        List.of("cy", "Bob", "ada", "Dee", "bea").forEach(name -> room.admit(nick(name), new Listener()));

        assertEquals(List.of("ada", "bea", "Bob", "cy", "Dee"), room.online());
    }

    @Test
    void aLimitGivesTheFirstNamesInOrder() {
        for (int i = 999; i >= 0; i--) {
            room.admit(nick(String.format("user%03d", i)), new Listener());
        }

        assertEquals(List.of("user000", "user001", "user002"), room.online(3));
        assertEquals(1000, room.online(2000).size());
    }

    @Test
    void aLateRemovalByAFormerHolderLeavesTheNewHolderListed() {
        Listener first = new Listener();
        Listener second = new Listener();
        room.admit(nick("Ada"), first);
        room.remove(nick("Ada"), first);
        room.admit(nick("Ada"), second);

        room.remove(nick("Ada"), first);

        assertEquals(List.of("Ada"), room.online());
        assertEquals(1, room.size());
    }
}
