package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Presence;
import io.sotto.api.message.PresenceBatch;
import io.sotto.api.message.ServerMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceFeedTest {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<ServerMessage> sent = new LinkedBlockingQueue<>();

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    private static Presence joined(String nick, int count) {
        return new Presence(Presence.Kind.JOINED, nick, "", Instant.EPOCH, count);
    }

    private ServerMessage next() throws InterruptedException {
        ServerMessage message = sent.poll(5, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("nothing was broadcast within 5 s");
        }
        return message;
    }

    @Test
    void aSmallQuietRoomHearsEachChangeAtOnce() {
        PresenceFeed feed = new PresenceFeed(sent::add, timers, 10);
        feed.publish(joined("Ada", 1), 1);
        feed.publish(joined("Bob", 2), 2);
        assertEquals(List.of(joined("Ada", 1), joined("Bob", 2)), List.copyOf(sent));
    }

    @Test
    void aCrowdIsGatheredIntoBatchesInOrder() throws Exception {
        PresenceFeed feed = new PresenceFeed(sent::add, timers, 10);
        for (int i = 1; i <= 55; i++) {
            feed.publish(joined("user" + i, i), i);
        }
        int seen = 0;
        int messages = 0;
        while (seen < 55) {
            ServerMessage message = next();
            messages++;
            if (message instanceof Presence presence) {
                assertEquals("user" + (seen + 1), presence.nick());
                seen++;
            } else {
                for (Presence presence : assertInstanceOf(PresenceBatch.class, message).changes()) {
                    assertEquals("user" + (seen + 1), presence.nick(), "in order");
                    seen++;
                }
            }
        }
        assertTrue(messages <= 9 + 2, "9 at once while the room was small, then batches; got " + messages + " messages");
    }

    @Test
    void aWindowWithMoreArrivalsThanItNamesCountsTheEarlierOnesAndNamesEveryDeparture() throws Exception {
        PresenceFeed feed = new PresenceFeed(sent::add, flushedByHand(), 1);
        int arrivals = 1_000;
        int leaving = 30;
        for (int i = 1; i <= arrivals; i++) {
            feed.publish(joined("user" + i, i), i);
        }
        for (int i = 1; i <= leaving; i++) {
            feed.publish(left("user" + i, arrivals - i), arrivals - i);
        }
        feed.flush();

        Notice notice = assertInstanceOf(Notice.class, next());
        assertEquals(Notice.INFO, notice.code());
        int unnamed = arrivals - PresenceFeed.MAX_NAMED;
        assertEquals("crowd: " + unnamed + " more joined (too many to name; the latest 50 follow)", notice.text());
        List<Presence> named = assertInstanceOf(PresenceBatch.class, next()).changes();
        assertEquals(PresenceFeed.MAX_NAMED + leaving, named.size());
        assertEquals("user" + (unnamed + 1), named.getFirst().nick(), "the latest arrivals, in order");
        assertEquals(joined("user" + arrivals, arrivals), named.get(PresenceFeed.MAX_NAMED - 1));
        assertEquals(left("user1", arrivals - 1), named.get(PresenceFeed.MAX_NAMED), "departures of unnamed arrivals too");
        assertEquals(left("user30", arrivals - leaving), named.getLast(), "the last change, with the current count");
        assertTrue(sent.isEmpty(), "one notice and one batch: " + sent);
    }

    @Test
    void aWindowOfFiftyArrivalsNamesThemAll() throws Exception {
        PresenceFeed feed = new PresenceFeed(sent::add, flushedByHand(), 1);
        for (int i = 1; i <= PresenceFeed.MAX_NAMED; i++) {
            feed.publish(joined("user" + i, i), i);
        }
        feed.flush();
        assertEquals(PresenceFeed.MAX_NAMED, assertInstanceOf(PresenceBatch.class, next()).changes().size());
    }

    @Test
    void aChangePublishedWhileAWindowIsBeingSentWaitsForIt() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ServerMessage> order = new CopyOnWriteArrayList<>();
        PresenceFeed feed = new PresenceFeed(message -> {
            order.add(message);
            if (order.size() == 1) {
                sending.countDown();
                awaitQuietly(release); // a slow broadcast of the window to a big room
            }
        }, flushedByHand(), 5);
        feed.publish(joined("ann", 6), 6); // gathered: the room is big enough
        Thread window = Thread.ofPlatform().start(feed::flush);
        assertTrue(sending.await(5, TimeUnit.SECONDS));

        // The room is small now and nothing is gathering: without ordering this would go at once.
        Thread later = Thread.ofPlatform().start(() -> feed.publish(left("ann", 1), 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (later.getState() != Thread.State.WAITING && later.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(List.of(joined("ann", 6)), order, "the later change must wait for the window");
        release.countDown();
        window.join(5_000);
        later.join(5_000);
        assertEquals(List.of(joined("ann", 6), left("ann", 1)), order);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Timers that refuse every task: the window ends only when the test calls flush(). */
    private static ScheduledExecutorService flushedByHand() {
        ScheduledExecutorService none = Executors.newSingleThreadScheduledExecutor();
        none.shutdown();
        return none;
    }

    private static Presence left(String nick, int count) {
        return new Presence(Presence.Kind.LEFT, nick, "", Instant.EPOCH, count);
    }

    @Test
    void onceGatheringStartsLaterChangesWaitTheirTurn() throws Exception {
        PresenceFeed feed = new PresenceFeed(sent::add, timers, 2);
        feed.publish(joined("big", 5), 5);
        feed.publish(joined("small", 1), 1);
        PresenceBatch batch = assertInstanceOf(PresenceBatch.class, next());
        assertEquals(List.of("big", "small"), batch.changes().stream().map(Presence::nick).toList());
    }

    @Test
    void aBiggerRoomGathersLongerUpToASecond() {
        assertEquals(Duration.ofMillis(200), PresenceFeed.windowFor(50));
        assertEquals(Duration.ofMillis(200), PresenceFeed.windowFor(400));
        assertEquals(Duration.ofMillis(500), PresenceFeed.windowFor(1_000));
        assertEquals(Duration.ofSeconds(1), PresenceFeed.windowFor(2_000));
        assertEquals(Duration.ofSeconds(1), PresenceFeed.windowFor(100_000));
    }
}
