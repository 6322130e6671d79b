package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import io.sotto.core.server.ChatServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's two ways of reading its sessions, against a real in-process server: tcp
 * connections on the event loops ({@link ReadLoops}), and a transport that cannot be polled on a
 * virtual thread per session. Either way every session gets every message.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadPathsTest {
    private static final int SESSIONS = 6;

    @TempDir
    Path dir;

    @Test
    void tcpSessionsAreReadByTheEventLoops() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            BenchTarget target = BenchFixtures.target(server);
            assertEveryoneReceivesOneMessage(target, SESSIONS);
        }
    }

    @Test
    void sessionsOfATransportThatCannotBePolledHaveAReaderThreadEach() throws Exception {
        try (ChatServer server = BenchFixtures.server(dir)) {
            BenchTarget tcp = BenchFixtures.target(server);
            BenchTarget blockingOnly = new BenchTarget(tcp.uri(), new BlockingOnly(tcp.transport()), tcp.suites(),
                    tcp.serializers(), tcp.connectTimeout());
            assertEveryoneReceivesOneMessage(blockingOnly, 0);
        }
    }

    /** Opens the sessions, has the first say something, and waits until each has read it. */
    private static void assertEveryoneReceivesOneMessage(BenchTarget target, int expectedOnLoops) throws Exception {
        Receipts receipts = new Receipts();
        ErrorCounts errors = new ErrorCounts();
        try (SessionPool pool = new SessionPool(target, SESSIONS, "read-", 3, receipts, errors)) {
            pool.openAll(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            assertEquals(SESSIONS, pool.joined(), String.valueOf(errors.examples()));
            assertEquals(expectedOnLoops, pool.sessionsOnReadLoops());

            pool.joinedSessions().getFirst().say("hello, everyone");

            assertTrue(receipts.allArrived.await(20, TimeUnit.SECONDS),
                    "received by " + receipts.receivers + " of " + SESSIONS);
            assertEquals(0, errors.total(), String.valueOf(errors.examples()));
        }
    }

    private static final class Receipts implements SessionListener {
        final Set<Integer> receivers = ConcurrentHashMap.newKeySet();
        final CountDownLatch allArrived = new CountDownLatch(SESSIONS);

        @Override
        public void posted(BenchSession session, Posted posted, long receivedNanos) {
            if (posted.text().equals("hello, everyone") && receivers.add(session.index())) {
                allArrived.countDown();
            }
        }

        @Override
        public void notice(BenchSession session, Notice notice) {}

        @Override
        public void ended(BenchSession session, String reason) {}
    }

    /** Real tcp underneath, but its connections offer no polling: the api's default. */
    private record BlockingOnly(Transport tcp) implements Transport {
        @Override
        public String id() {
            return "blocking-only";
        }

        @Override
        public String description() {
            return "tcp without polling";
        }

        @Override
        public List<String> schemes() {
            return tcp.schemes();
        }

        @Override
        public int defaultPort() {
            return tcp.defaultPort();
        }

        @Override
        public Listener listen(ListenSpec spec, ConnectionHandler handler) throws IOException {
            return tcp.listen(spec, handler);
        }

        @Override
        public FrameConnection connect(URI server, FrameLimits limits) throws IOException {
            FrameConnection connection = tcp.connect(server, limits);
            return new FrameConnection() {
                @Override
                public byte[] receive() throws IOException {
                    return connection.receive();
                }

                @Override
                public void send(List<byte[]> frames) throws IOException {
                    connection.send(frames);
                }

                @Override
                public void setReceiveTimeout(Duration timeout) throws IOException {
                    connection.setReceiveTimeout(timeout);
                }

                @Override
                public String peerAddress() {
                    return connection.peerAddress();
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        }
    }
}
