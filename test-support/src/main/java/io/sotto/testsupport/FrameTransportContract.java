package io.sotto.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.FrameTooLargeException;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link Transport} must do, over real sockets on 127.0.0.1: frames of 0 to 65,535
 * bytes round-trip whole and in order, limits are enforced on both sides, receive timeouts and
 * close behave as {@link FrameConnection} documents, a listener survives a failing handler, and
 * errors name the address at fault.
 *
 * <p>A transport's test class extends this, supplies the transport in {@link #newTransport()},
 * and adds the tests of its own wire format (raw sockets, close codes, framing details). The
 * hooks below cover the few places where transports may legitimately differ.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class FrameTransportContract {

    protected static final long WAIT_SECONDS = 10;
    protected static final FrameLimits LIMITS = FrameLimits.defaults();

    /** The transport under test, a fresh one per test. */
    protected final Transport transport = newTransport();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** A new instance of the transport under test. */
    protected abstract Transport newTransport();

    /**
     * Checks how a connection whose server-side handler threw sees its end: a clean end of stream,
     * or an error naming the failure, depending on what the wire format can say.
     */
    protected abstract void assertHandlerFailureSeen(FrameConnection connection) throws IOException;

    /**
     * Checks the size a {@link FrameTooLargeException} announced for a frame of {@code sent}
     * bytes over {@code limit}. By default anything above the limit and at most the frame's size
     * (a transport may refuse before it knows the whole size); override where the exact size is known.
     */
    protected void assertAnnounced(int sent, int limit, FrameTooLargeException e) {
        assertTrue(e.announced() > limit && e.announced() <= sent, "announced " + e.announced());
    }

    /** Checks what the client sees after the server refused one of its frames as too large. */
    protected void assertClientSeesTheRefusal(FrameConnection client) throws IOException {}

    /** The exception a connect to an unknown host gives. */
    protected Class<? extends IOException> unknownHostException() {
        return IOException.class;
    }

    /** How many frames {@link #sendOfManyFramesArrivesWholeAndInOrderBothWays()} sends each way. */
    protected int manyFrames() {
        return 3_000;
    }

    /** How many clients {@link #concurrentConnectionsEcho()} connects at once. */
    protected int concurrentClients() {
        return 100;
    }

    // ---- helpers for the tests here and in subclasses -------------------------------------------

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    /** Closes {@code closeable} after the test, in reverse order of registration. */
    protected <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    protected Listener listen(ConnectionHandler handler) throws IOException {
        return listen(LIMITS, handler);
    }

    protected Listener listen(FrameLimits limits, ConnectionHandler handler) throws IOException {
        return closeLater(transport.listen(new ListenSpec("127.0.0.1", 0, limits), handler));
    }

    protected FrameConnection connect(Listener listener) throws IOException {
        return connect(listener.uri(), LIMITS);
    }

    protected FrameConnection connect(URI uri, FrameLimits limits) throws IOException {
        return closeLater(transport.connect(uri, limits));
    }

    /** The transport's first scheme, as in its listeners' URIs. */
    protected String scheme() {
        return transport.schemes().getFirst();
    }

    /** Echoes every frame until the peer closes. */
    protected static void echo(FrameConnection connection) {
        try {
            byte[] frame;
            while ((frame = connection.receive()) != null) {
                connection.send(frame);
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** A handler that reports what its first receive() did: a frame, null, or an exception. */
    protected static ConnectionHandler firstReceiveInto(CompletableFuture<Object> outcome) {
        return connection -> {
            try {
                outcome.complete(connection.receive());
            } catch (Throwable t) {
                outcome.complete(t);
            }
        };
    }

    /** A handler that records every receive() outcome ("eof" for null) until null or an exception. */
    protected static ConnectionHandler allReceivesInto(BlockingQueue<Object> outcomes) {
        return connection -> {
            while (true) {
                try {
                    byte[] frame = connection.receive();
                    outcomes.add(frame == null ? "eof" : frame);
                    if (frame == null) {
                        return;
                    }
                } catch (IOException e) {
                    outcomes.add(e);
                    return;
                }
            }
        };
    }

    protected static Object await(Future<?> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    protected static Object poll(BlockingQueue<Object> queue) throws InterruptedException {
        Object o = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(o, "nothing arrived within " + WAIT_SECONDS + " s");
        return o;
    }

    protected static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (without sleeping) until {@code thread} is parked, i.e. blocked in a receive. */
    protected static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > deadline) {
                fail("thread never blocked; state " + thread.getState());
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    // ---- round trips ------------------------------------------------------------------------

    @Test
    void framesRoundTripBothWaysIncludingEmptyMaximalAndBinary() throws Exception {
        Listener listener = listen(FrameTransportContract::echo);
        FrameConnection client = connect(listener);

        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        List<byte[]> frames = List.of(new byte[0], randomBytes(65_535, 1), binary, new byte[] {0, 0, 0},
                randomBytes(1, 2), randomBytes(125, 3), randomBytes(126, 4), randomBytes(513, 3),
                randomBytes(65_536 - 2, 5), randomBytes(8_193, 6), new byte[0]);
        for (byte[] frame : frames) {
            client.send(frame);
            assertArrayEquals(frame, client.receive(), "echo of a " + frame.length + "-byte frame");
        }
    }

    @Test
    void serverSendsFirstAndClientSeesCleanCloseWhenHandlerReturns() throws Exception {
        byte[] greeting = randomBytes(65_535, 7);
        Listener listener = listen(connection -> {
            try {
                connection.send(List.of(greeting, new byte[0], new byte[] {42}));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = connect(listener);
        assertArrayEquals(greeting, client.receive());
        assertArrayEquals(new byte[0], client.receive());
        assertArrayEquals(new byte[] {42}, client.receive());
        assertNull(client.receive(), "the transport closes the connection when the handler returns");
        assertNull(client.receive(), "end of stream stays end of stream");
    }

    @Test
    void sendOfManyFramesArrivesWholeAndInOrderBothWays() throws Exception {
        int count = manyFrames();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = i % 997 == 0 ? 65_535 : i % 300;
            frames.add(randomBytes(length, i));
        }
        CompletableFuture<List<byte[]>> received = new CompletableFuture<>();
        Listener listener = listen(connection -> {
            try {
                List<byte[]> got = new ArrayList<>();
                byte[] frame;
                while ((frame = connection.receive()) != null) {
                    got.add(frame);
                    if (got.size() == frames.size()) {
                        connection.send(got); // and back, in one batch
                    }
                }
                received.complete(got);
            } catch (Throwable t) {
                received.completeExceptionally(t);
            }
        });
        FrameConnection client = connect(listener);
        client.send(frames.subList(0, count / 2));
        client.send(frames.subList(count / 2, count));
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i), client.receive(), "echoed frame " + i);
        }
        client.close();

        List<byte[]> got = received.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(frames.size(), got.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i), got.get(i), "frame " + i);
        }
    }

    @Test
    void sendRejectsAnOversizedFrameBeforeSendingAnything() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        FrameConnection client = connect(listener);
        assertThrows(IllegalArgumentException.class,
                () -> client.send(List.of(new byte[] {1}, new byte[65_536])));
        client.send(new byte[] {9});
        assertArrayEquals(new byte[] {9}, (byte[]) await(outcome), "nothing of the refused batch was sent");
    }

    // ---- limits -------------------------------------------------------------------------------

    @Test
    void aFrameExactlyAtTheLimitIsAcceptedAndOneMoreIsNot() throws Exception {
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        Listener listener = listen(new FrameLimits(100, Duration.ofSeconds(5)), allReceivesInto(outcomes));
        FrameConnection client = connect(listener);
        client.send(List.of(randomBytes(100, 5), randomBytes(101, 6)));
        assertArrayEquals(randomBytes(100, 5), (byte[]) poll(outcomes));
        FrameTooLargeException e = assertInstanceOf(FrameTooLargeException.class, poll(outcomes));
        assertEquals(101, e.announced());
        assertEquals(100, e.limit());
        assertClientSeesTheRefusal(client);
    }

    @Test
    void theClientSideLimitAppliesToFramesFromTheServer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                connection.send(new byte[5_000]);
                awaitQuietly(release);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = connect(listener.uri(), new FrameLimits(4_096, Duration.ofSeconds(5)));
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, client::receive);
        assertAnnounced(5_000, 4_096, e);
        assertEquals(4_096, e.limit());
        release.countDown();
    }

    // ---- close and timeouts -------------------------------------------------------------------

    @Test
    void aCleanCloseBetweenFramesGivesNull() throws Exception {
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        Listener listener = listen(allReceivesInto(outcomes));
        FrameConnection client = connect(listener);
        client.send(new byte[] {1, 2, 3});
        client.close();
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) poll(outcomes));
        assertEquals("eof", poll(outcomes));
    }

    @Test
    void receiveTimeoutIsASocketTimeoutExceptionOnBothSides() throws Exception {
        CompletableFuture<Object> serverOutcome = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                connection.setReceiveTimeout(Duration.ofMillis(200));
                try {
                    serverOutcome.complete(connection.receive());
                } catch (IOException e) {
                    serverOutcome.complete(e);
                }
                connection.setReceiveTimeout(Duration.ZERO);
                connection.send(new byte[] {5});
                awaitQuietly(release);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = connect(listener);
        SocketTimeoutException s = assertInstanceOf(SocketTimeoutException.class, await(serverOutcome));
        assertTrue(s.getMessage().contains("200 ms"), s.getMessage());

        assertArrayEquals(new byte[] {5}, client.receive());
        client.setReceiveTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        SocketTimeoutException c = assertThrows(SocketTimeoutException.class, client::receive);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsedMillis >= 150, "timed out after only " + elapsedMillis + " ms");
        assertTrue(c.getMessage().contains("200 ms"), c.getMessage());
        release.countDown();
    }

    @Test
    void closeUnblocksABlockedReceiveOnBothSides() throws Exception {
        CompletableFuture<Thread> serverReceiver = new CompletableFuture<>();
        CompletableFuture<Object> serverOutcome = new CompletableFuture<>();
        CompletableFuture<FrameConnection> serverSide = new CompletableFuture<>();
        Listener listener = listen(connection -> {
            serverSide.complete(connection);
            serverReceiver.complete(Thread.currentThread());
            try {
                serverOutcome.complete(connection.receive());
            } catch (Throwable t) {
                serverOutcome.complete(t);
            }
        });
        FrameConnection client = connect(listener);

        // Server side: close from another thread.
        awaitBlocked(serverReceiver.get(WAIT_SECONDS, TimeUnit.SECONDS));
        FrameConnection server = serverSide.get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.close();
        server.close(); // idempotent
        assertInstanceOf(IOException.class, await(serverOutcome));
        assertThrows(IOException.class, server::receive);

        // Client side: the server's close arrives, or our own close wins; either way receive ends.
        FrameConnection second = connect(listen(connection -> awaitQuietly(new CountDownLatch(1))));
        CompletableFuture<Object> clientOutcome = new CompletableFuture<>();
        Thread receiver = Thread.ofVirtual().start(() -> {
            try {
                clientOutcome.complete(second.receive());
            } catch (Throwable t) {
                clientOutcome.complete(t);
            }
        });
        awaitBlocked(receiver);
        second.close();
        second.close(); // idempotent
        assertInstanceOf(IOException.class, await(clientOutcome));
        assertThrows(IOException.class, second::receive);
        assertThrows(IOException.class, () -> second.send(new byte[] {1}));
        client.close();
    }

    // ---- listener -----------------------------------------------------------------------------

    @Test
    void aThrowingHandlerDoesNotStopTheListener() throws Exception {
        AtomicInteger served = new AtomicInteger();
        Listener listener = listen(connection -> {
            if (served.getAndIncrement() == 0) {
                throw new IllegalStateException("handler bug");
            }
            echo(connection);
        });
        FrameConnection first = connect(listener);
        assertHandlerFailureSeen(first);

        FrameConnection second = connect(listener);
        second.send(new byte[] {7, 7});
        assertArrayEquals(new byte[] {7, 7}, second.receive());
        assertEquals(2, served.get());
    }

    @Test
    void listenerCloseRefusesNewConnectionsButKeepsOpenOnes() throws Exception {
        Listener listener = listen(FrameTransportContract::echo);
        FrameConnection open = connect(listener);
        open.send(new byte[] {1});
        assertArrayEquals(new byte[] {1}, open.receive());

        listener.close();
        listener.close(); // idempotent
        IOException e = assertThrows(IOException.class, () -> transport.connect(listener.uri(), LIMITS));
        assertTrue(e.getMessage().contains("127.0.0.1:" + listener.port()), e.getMessage());

        open.send(new byte[] {2});
        assertArrayEquals(new byte[] {2}, open.receive(), "open connections survive Listener.close");
    }

    @Test
    void portZeroBindsAnEphemeralPortAndTheUriNamesIt() throws Exception {
        Listener listener = listen(FrameTransportContract::echo);
        assertTrue(listener.port() > 0);
        assertEquals(URI.create(scheme() + "://127.0.0.1:" + listener.port()), listener.uri());
    }

    @Test
    void peerAddressIsIpAndPort() throws Exception {
        CompletableFuture<String> peer = new CompletableFuture<>();
        Listener listener = listen(connection -> peer.complete(connection.peerAddress()));
        FrameConnection client = connect(listener);
        String seen = peer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(seen.matches("127\\.0\\.0\\.1:\\d+"), seen);
        assertEquals("127.0.0.1:" + listener.port(), client.peerAddress());
    }

    @Test
    void bindFailureNamesTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            IOException e = assertThrows(IOException.class,
                    () -> transport.listen(new ListenSpec("127.0.0.1", port, LIMITS), FrameTransportContract::echo));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
        }
    }

    // ---- client -------------------------------------------------------------------------------

    @Test
    void connectingToAClosedPortGivesAClearMessage() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        int closedPort = port;
        ConnectException e = assertThrows(ConnectException.class,
                () -> transport.connect(URI.create(scheme() + "://127.0.0.1:" + closedPort), LIMITS));
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void unknownHostGivesAClearMessage() {
        IOException e = assertThrows(unknownHostException(),
                () -> transport.connect(URI.create(scheme() + "://no-such-host.invalid:7421"), LIMITS));
        assertTrue(e.getMessage().contains("no-such-host.invalid:7421"), e.getMessage());
    }

    @Test
    void uriWithAnotherSchemeOrNoHostIsRejected() {
        for (String other : List.of("udp", "http", "tcp", "ws")) {
            if (!transport.schemes().contains(other)) {
                assertThrows(IllegalArgumentException.class,
                        () -> transport.connect(URI.create(other + "://127.0.0.1:7420"), LIMITS), other);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> transport.connect(URI.create("127.0.0.1:7420"), LIMITS));
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create(scheme() + ":///chat"), LIMITS));
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create(scheme() + ":opaque"), LIMITS));
    }

    @Test
    void aMissingPortMeansTheDefaultPort() {
        // Nothing listens on the default port in the test (if something does, skip the check).
        try {
            transport.connect(URI.create(scheme() + "://127.0.0.1"), LIMITS).close();
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("127.0.0.1:" + transport.defaultPort()), e.getMessage());
        }
    }

    // ---- scale --------------------------------------------------------------------------------

    @Test
    void concurrentConnectionsEcho() throws Exception {
        Listener listener = listen(FrameTransportContract::echo);
        int clients = concurrentClients();
        int framesEach = 50;
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            int id = c;
            CompletableFuture<Integer> result = new CompletableFuture<>();
            results.add(result);
            Thread.ofVirtual().start(() -> {
                try (FrameConnection connection = transport.connect(listener.uri(), LIMITS)) {
                    connection.setReceiveTimeout(Duration.ofSeconds(WAIT_SECONDS));
                    start.await();
                    int ok = 0;
                    List<byte[]> batch = new ArrayList<>();
                    for (int i = 0; i < framesEach; i++) {
                        batch.add(randomBytes((id * 31 + i) % 700, id * 1_000L + i));
                    }
                    connection.send(batch);
                    for (byte[] expected : batch) {
                        byte[] got = connection.receive();
                        if (got != null && Arrays.equals(expected, got)) {
                            ok++;
                        }
                    }
                    result.complete(ok);
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        }
        start.countDown();
        for (int c = 0; c < clients; c++) {
            try {
                assertEquals(framesEach, results.get(c).get(30, TimeUnit.SECONDS), "client " + c);
            } catch (ExecutionException e) {
                fail("client " + c + " failed", e.getCause());
            }
        }
    }
}
