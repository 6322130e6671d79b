package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.core.server.ChatServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator against a real in-process server over loopback TCP, Noise and JSON. */
class LoadGeneratorTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void fanoutDeliversEveryMessageToEveryClient() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            FanoutOptions options = new FanoutOptions(5, 20, 2, 100, 0, 500, LIMIT, 8, "bench-", Duration.ZERO);
            FanoutResult result = FanoutRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF, quiet());

            assertEquals(5, result.joined());
            assertEquals(20, result.sent());
            assertEquals(100, result.expected());
            assertEquals(100, result.delivered(), result.table());
            assertEquals(0, result.errorCount(), result.table());
            assertEquals(100, result.latency().count());
            assertTrue(result.clean());
            assertEquals("complete", result.stoppedBy());
            assertTrue(result.deliveriesPerSecond() > 0);
            assertTrue(result.latency().percentile(99) <= result.latency().max());
            assertTrue(result.json().contains("\"deliveries\":100"), result.json());
            assertTrue(result.table().contains("deliveries       100 of 100"), result.table());
            assertTrue(result.table().contains("generator CPU"), result.table());
        }
    }

    @Test
    void pacedFanoutTakesAboutAsLongAsThePaceSays() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            // 20 messages at 40/s: the last is due 475 ms after the first.
            FanoutOptions options = new FanoutOptions(3, 20, 3, 64, 40, 500, LIMIT, 8, "pace-", Duration.ZERO);
            FanoutResult result = FanoutRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF, quiet());

            assertTrue(result.clean(), result.table());
            assertEquals(60, result.delivered());
            assertTrue(result.elapsedNanos() >= 450_000_000L, result.table());
        }
    }

    @Test
    void warmUpMessagesAreDeliveredButNotCounted() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            // Paced at 50/s for a 300-ms warm-up: about 15 warm-up messages before the 10 counted.
            FanoutOptions options = new FanoutOptions(3, 10, 2, 64, 50, 500, LIMIT, 8, "warm-", Duration.ofMillis(300));
            FanoutResult result = FanoutRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF, quiet());

            assertTrue(result.clean(), result.table());
            assertTrue(result.warmupSent() > 0, result.table());
            assertEquals(10, result.sent());
            assertEquals(30, result.delivered());
            assertEquals(30, result.latency().count());
            assertTrue(result.json().contains("\"warmup_sent\":" + result.warmupSent()), result.json());
            assertTrue(result.table().contains("messages (not counted)"), result.table());
        }
    }

    @Test
    void connectionsOpensHoldsAndCloses() throws Exception {
        ConnectionsResult result =
                connectionsOnAFreshServer(new ConnectionsOptions(12, Duration.ofSeconds(1), LIMIT, 4, "conn-"));

        assertEquals(12, result.joined(), result.table());
        assertEquals(0, result.failed());
        assertEquals(12, result.heldToTheEnd());
        assertTrue(result.clean(), result.table());
        assertTrue(result.joinsPerSecond() > 0);
        assertEquals(12, result.setup().count());
        assertTrue(result.json().contains("\"joined\":12"), result.json());
    }

    /**
     * 150 joins in well under a second: the server's 200-ms presence windows hold more than they
     * name, so the sessions get the crowd's summary notice, which is information, not an error.
     */
    @Test
    void aCrowdsPresenceSummaryIsNotCountedAsAnError() throws Exception {
        ConnectionsResult result =
                connectionsOnAFreshServer(new ConnectionsOptions(150, Duration.ofMillis(500), LIMIT, 8, "crowd-"));

        assertEquals(150, result.joined(), result.table());
        assertEquals(150, result.heldToTheEnd(), result.table());
        assertTrue(result.clean(), result.table());
    }

    /** A connections run against a server of its own, closed once the run is over. */
    private ConnectionsResult connectionsOnAFreshServer(ConnectionsOptions options) throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            return ConnectionsRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF, quiet());
        }
    }

    @Test
    void aWarmUpOpensAndClosesItsOwnSessionsBeforeTheClock() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            ConnectionsOptions options = new ConnectionsOptions(5, Duration.ZERO, LIMIT, 4, "warm-", 7);
            int[] settled = new int[1];
            ConnectionsResult result = ConnectionsRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF,
                    quiet(), () -> settled[0]++);

            assertEquals(1, settled[0], "the JIT wait runs once, between warm-up and clock");
            assertEquals(5, result.joined(), result.table());
            assertEquals(5, result.setup().count(), "only the measured sessions are timed");
            assertTrue(result.clean(), result.table());
        }
    }

    @Test
    void aWarmUpComesInRoundsTheSizeOfTheStorm() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            // 12 warm-up sessions for a storm of 3: four rounds, so the room never holds all 12.
            ConnectionsOptions options = new ConnectionsOptions(3, Duration.ZERO, LIMIT, 4, "round-", 12);
            AtomicInteger largestRoom = new AtomicInteger();
            AtomicBoolean warming = new AtomicBoolean(true);
            // A platform thread, so that sampling never holds a carrier the server and generator need.
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (warming.get()) {
                    largestRoom.accumulateAndGet(server.onlineCount(), Math::max);
                    LockSupport.parkNanos(20_000);
                }
            });
            ConnectionsResult result = ConnectionsRun.run(BenchFixtures.target(server), options, Progress.Mode.OFF,
                    quiet(), () -> warming.set(false));
            sampler.join();

            assertTrue(result.clean(), result.table());
            assertEquals(3, result.joined(), result.table());
            assertTrue(largestRoom.get() > 0, "the sampler saw the warm-up");
            // Never the whole warm-up at once (a round's leavers may still be on their way out
            // when the next round joins, so the bound is not the round's size).
            assertTrue(largestRoom.get() < 12, "largest room during the warm-up: " + largestRoom.get());
            assertTrue(result.table().contains("12 sessions opened and closed first, in rounds of 3"), result.table());
        }
    }

    @Test
    void takenNicknamesShowAsRefusals() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            // Two runs with one prefix: the second one's joins are refused, and counted by kind.
            ConnectionsOptions first = new ConnectionsOptions(2, Duration.ZERO, LIMIT, 2, "same-");
            BenchTarget target = BenchFixtures.target(server);
            try (SessionPool holder = new SessionPool(target, 2, "same-", 2, SessionListener.IGNORE, new ErrorCounts())) {
                holder.openAll(System.nanoTime() + LIMIT.toNanos());
                ConnectionsResult result = ConnectionsRun.run(target, first, Progress.Mode.OFF, quiet());
                assertEquals(0, result.joined());
                assertEquals(2, result.failed());
                assertEquals(2L, result.errors().get("join_refused:nick_taken"), result.table());
                assertTrue(!result.clean());
            }
        }
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }
}
