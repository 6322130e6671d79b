package io.sotto.transport.tcp;

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
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
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

/** The tcp transport over real sockets on 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpTransportTest {

    private static final long WAIT_SECONDS = 10;
    private static final FrameLimits LIMITS = FrameLimits.defaults();

    private final TcpTransport transport = new TcpTransport();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private Listener listen(ConnectionHandler handler) throws IOException {
        return listen(LIMITS, handler);
    }

    private Listener listen(FrameLimits limits, ConnectionHandler handler) throws IOException {
        Listener listener = transport.listen(new ListenSpec("127.0.0.1", 0, limits), handler);
        toClose.add(listener);
        return listener;
    }

    private FrameConnection connect(Listener listener) throws IOException {
        FrameConnection connection = transport.connect(listener.uri(), LIMITS);
        toClose.add(connection);
        return connection;
    }

    private Socket rawConnect(Listener listener) throws IOException {
        Socket socket = new Socket("127.0.0.1", listener.port());
        toClose.add(socket);
        return socket;
    }

    /** Echoes every frame until the peer closes. */
    private static void echo(FrameConnection connection) {
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
    private static ConnectionHandler firstReceiveInto(CompletableFuture<Object> outcome) {
        return connection -> {
            try {
                outcome.complete(connection.receive());
            } catch (Throwable t) {
                outcome.complete(t);
            }
        };
    }

    private static Object await(Future<?> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    // ---- round trips ------------------------------------------------------------------------

    @Test
    void framesRoundTripBothWaysIncludingEmptyMaximalAndBinary() throws Exception {
        Listener listener = listen(TcpTransportTest::echo);
        FrameConnection client = connect(listener);

        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        List<byte[]> frames = List.of(new byte[0], randomBytes(65_535, 1), binary, new byte[] {0, 0, 0},
                randomBytes(1, 2), randomBytes(513, 3), randomBytes(8_193, 4), new byte[0]);
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
    void sendOfManyFramesArrivesWholeAndInOrder() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
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
                }
                received.complete(got);
            } catch (Throwable t) {
                received.completeExceptionally(t);
            }
        });
        FrameConnection client = connect(listener);
        client.send(frames.subList(0, 2_500));
        client.send(frames.subList(2_500, 5_000));
        client.close();

        List<byte[]> got = received.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(frames.size(), got.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i), got.get(i), "frame " + i);
        }
    }

    @Test
    void sendRejectsAnOversizedFrameBeforeWritingAnything() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        FrameConnection client = connect(listener);
        assertThrows(IllegalArgumentException.class,
                () -> client.send(List.of(new byte[] {1}, new byte[65_536])));
        client.send(new byte[] {9});
        assertArrayEquals(new byte[] {9}, (byte[]) await(outcome), "nothing of the refused batch was sent");
    }

    // ---- limits and malformed input ---------------------------------------------------------

    @Test
    void announcedLengthOverTheLimitFailsBeforeAnyBodyIsSent() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(new FrameLimits(1_000, Duration.ofSeconds(5)), firstReceiveInto(outcome));
        Socket raw = rawConnect(listener);
        // Only the header of a 65,535-byte frame: a receive that waited for the body would hang.
        raw.getOutputStream().write(new byte[] {(byte) 0xff, (byte) 0xff});
        raw.getOutputStream().flush();

        Object result = await(outcome);
        FrameTooLargeException e = assertInstanceOf(FrameTooLargeException.class, result);
        assertEquals(65_535, e.announced());
        assertEquals(1_000, e.limit());
        // The handler returned, so the transport closed the connection.
        raw.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals(-1, raw.getInputStream().read());
    }

    @Test
    void frameExactlyAtTheLimitIsAcceptedAndOneMoreIsNot() throws Exception {
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        Listener listener = listen(new FrameLimits(100, Duration.ofSeconds(5)), connection -> {
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
        });
        FrameConnection client = connect(listener);
        client.send(List.of(randomBytes(100, 5), randomBytes(101, 6)));
        assertArrayEquals(randomBytes(100, 5), (byte[]) outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(FrameTooLargeException.class, outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void clientSideLimitAppliesToFramesFromTheServer() throws Exception {
        Listener listener = listen(connection -> {
            try {
                connection.send(new byte[5_000]);
                connection.receive(); // hold the connection until the client goes
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = transport.connect(listener.uri(), new FrameLimits(4_096, Duration.ofSeconds(5)));
        toClose.add(client);
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, client::receive);
        assertEquals(5_000, e.announced());
    }

    @Test
    void cleanCloseBetweenFramesGivesNull() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(connection -> {
            try {
                byte[] first = connection.receive();
                byte[] second = connection.receive();
                outcome.complete(first != null && first.length == 3 && second == null ? "ok" : "wrong");
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        FrameConnection client = connect(listener);
        client.send(new byte[] {1, 2, 3});
        client.close();
        assertEquals("ok", await(outcome));
    }

    @Test
    void closeInsideTheHeaderIsAnEofException() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        Socket raw = rawConnect(listener);
        raw.getOutputStream().write(0);
        raw.close();
        EOFException e = assertInstanceOf(EOFException.class, await(outcome));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void closeInsideTheBodyIsAnEofException() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        Socket raw = rawConnect(listener);
        OutputStream out = raw.getOutputStream();
        out.write(new byte[] {0x10, 0x00}); // 4,096 bytes announced
        out.write(new byte[1_000]);
        out.flush();
        raw.close();
        EOFException e = assertInstanceOf(EOFException.class, await(outcome));
        assertTrue(e.getMessage().contains("1000 of 4096"), e.getMessage());
    }

    // ---- timeouts and close -----------------------------------------------------------------

    @Test
    void receiveTimeoutIsASocketTimeoutException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Listener listener = listen(connection -> awaitQuietly(release));
        FrameConnection client = connect(listener);
        client.setReceiveTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class, client::receive);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsedMillis >= 150, "timed out after only " + elapsedMillis + " ms");
        assertTrue(e.getMessage().contains("200 ms"), e.getMessage());
        release.countDown();
    }

    @Test
    void aFrameInterruptedByATimeoutCompletesOnTheNextReceive() throws Exception {
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        CountDownLatch restSent = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                connection.setReceiveTimeout(Duration.ofMillis(200));
                try {
                    outcomes.add(connection.receive());
                } catch (IOException e) {
                    outcomes.add(e);
                }
                awaitQuietly(restSent);
                connection.setReceiveTimeout(Duration.ofSeconds(WAIT_SECONDS));
                outcomes.add(connection.receive());
                connection.setReceiveTimeout(Duration.ZERO);
                outcomes.add(connection.receive());
            } catch (IOException e) {
                outcomes.add(e);
            }
        });
        byte[] body = randomBytes(6_000, 8);
        var encoded = new java.io.ByteArrayOutputStream();
        Frames.write(encoded, List.of(body, new byte[] {1}), new BufferPool(1, 100));
        byte[] wire = encoded.toByteArray();

        Socket raw = rawConnect(listener);
        OutputStream out = raw.getOutputStream();
        out.write(wire, 0, 3_002); // the header and half of the body
        out.flush();
        assertInstanceOf(SocketTimeoutException.class, outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS));

        out.write(wire, 3_002, 3_000);
        out.flush();
        restSent.countDown();
        assertArrayEquals(body, (byte[]) outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS));

        out.write(wire, 6_002, wire.length - 6_002);
        out.flush();
        assertArrayEquals(new byte[] {1}, (byte[]) outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS),
                "a zero timeout waits and still works");
    }

    @Test
    void closeUnblocksABlockedReceive() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Listener listener = listen(connection -> awaitQuietly(release));
        FrameConnection client = connect(listener);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread receiver = Thread.ofVirtual().start(() -> {
            try {
                outcome.complete(client.receive());
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        awaitBlocked(receiver);
        client.close();
        client.close(); // idempotent
        assertInstanceOf(IOException.class, await(outcome));
        assertThrows(IOException.class, client::receive);
        release.countDown();
    }

    /** Waits (without sleeping) until {@code thread} is parked, i.e. blocked in a read. */
    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > deadline) {
                fail("receiver never blocked; state " + thread.getState());
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        assertNull(first.receive(), "the failed handler's connection is closed");

        FrameConnection second = connect(listener);
        second.send(new byte[] {7, 7});
        assertArrayEquals(new byte[] {7, 7}, second.receive());
        assertEquals(2, served.get());
    }

    @Test
    void listenerCloseStopsNewConnectionsButKeepsOpenOnes() throws Exception {
        Listener listener = listen(TcpTransportTest::echo);
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
        Listener listener = listen(TcpTransportTest::echo);
        assertTrue(listener.port() > 0);
        assertEquals(URI.create("tcp://127.0.0.1:" + listener.port()), listener.uri());
    }

    @Test
    void peerAddressIsIpAndPort() throws Exception {
        CompletableFuture<String> peer = new CompletableFuture<>();
        Listener listener = listen(connection -> peer.complete(connection.peerAddress()));
        Socket raw = rawConnect(listener);
        assertEquals("127.0.0.1:" + raw.getLocalPort(), peer.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("127.0.0.1:" + listener.port(), connect(listener).peerAddress());
    }

    @Test
    void uriBracketsIpv6AndMapsTheWildcardToLoopback() throws Exception {
        assertEquals("tcp://[::1]:7420",
                TcpListener.uriFor("::1", java.net.InetAddress.getByName("::1"), 7420).toString());
        assertEquals("tcp://[::1]:7420",
                TcpListener.uriFor("[::1]", java.net.InetAddress.getByName("::1"), 7420).toString());
        assertEquals("tcp://127.0.0.1:7420",
                TcpListener.uriFor("0.0.0.0", java.net.InetAddress.getByName("0.0.0.0"), 7420).toString());
        assertEquals("tcp://localhost:7420",
                TcpListener.uriFor("localhost", java.net.InetAddress.getByName("127.0.0.1"), 7420).toString());
    }

    @Test
    void bindFailureNamesTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            IOException e = assertThrows(IOException.class,
                    () -> transport.listen(new ListenSpec("127.0.0.1", port, LIMITS), TcpTransportTest::echo));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
        }
    }

    // ---- client -------------------------------------------------------------------------------

    @Test
    void connectingToAClosedPortGivesAClearMessage() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        int closedPort = port;
        ConnectException e = assertThrows(ConnectException.class,
                () -> transport.connect(URI.create("tcp://127.0.0.1:" + closedPort), LIMITS));
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("refused"), e.getMessage());
    }

    @Test
    void unknownHostGivesAClearMessage() {
        UnknownHostException e = assertThrows(UnknownHostException.class,
                () -> transport.connect(URI.create("tcp://no-such-host.invalid:7421"), LIMITS));
        assertTrue(e.getMessage().contains("no-such-host.invalid:7421"), e.getMessage());
    }

    @Test
    void uriWithAnotherSchemeOrNoHostIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create("udp://127.0.0.1:7420"), LIMITS));
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create("127.0.0.1:7420"), LIMITS));
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create("tcp:///chat"), LIMITS));
        assertThrows(IllegalArgumentException.class,
                () -> transport.connect(URI.create("tcp:opaque"), LIMITS));
    }

    @Test
    void aMissingPortMeansTheDefaultPort() {
        // Nothing listens on 127.0.0.1:7420 in the test (if something does, skip the check).
        try {
            transport.connect(URI.create("tcp://127.0.0.1"), LIMITS).close();
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("127.0.0.1:7420"), e.getMessage());
        }
    }

    @Test
    void receiveReadsABurstOfFramesWithFewReadCalls() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                connection.send(java.util.Collections.nCopies(1_000, new byte[10]));
                sent.countDown();
                connection.receive();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Socket socket = new Socket("127.0.0.1", listener.port());
        toClose.add(socket);
        AtomicInteger reads = new AtomicInteger();
        InputStream counting = new java.io.FilterInputStream(socket.getInputStream()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                reads.incrementAndGet();
                return super.read(b, off, len);
            }
        };
        FrameConnection client = new TcpFrameConnection(socket, counting, socket.getOutputStream(), 65_535);
        toClose.add(client);
        assertTrue(sent.await(WAIT_SECONDS, TimeUnit.SECONDS));
        for (int i = 0; i < 1_000; i++) {
            assertEquals(10, client.receive().length);
        }
        int calls = reads.get();
        assertTrue(calls <= 50, "1,000 frames took " + calls + " read calls");
    }

    // ---- scale and discovery ------------------------------------------------------------------

    @Test
    void twoHundredConcurrentConnectionsEcho() throws Exception {
        Listener listener = listen(TcpTransportTest::echo);
        int clients = 200;
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
                        batch.add(randomBytes(1 + (id * 31 + i) % 700, id * 1_000L + i));
                    }
                    connection.send(batch);
                    for (byte[] expected : batch) {
                        byte[] got = connection.receive();
                        if (got != null && java.util.Arrays.equals(expected, got)) {
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

    @Test
    void serviceLoaderFindsTheTransport() {
        Module self = getClass().getModule();
        if (self.isNamed()) {
            self.addUses(io.sotto.api.transport.Transport.class); // tests run inside the provider module
        }
        var found = java.util.ServiceLoader.load(io.sotto.api.transport.Transport.class).stream()
                .map(java.util.ServiceLoader.Provider::get)
                .filter(t -> t.id().equals("tcp"))
                .toList();
        assertEquals(1, found.size());
        io.sotto.api.transport.Transport tcp = found.get(0);
        assertInstanceOf(TcpTransport.class, tcp);
        assertEquals(List.of("tcp"), tcp.schemes());
        assertEquals(7420, tcp.defaultPort());
        assertNotNull(tcp.description());
        assertTrue(!tcp.description().isBlank() && !tcp.description().contains("\n"));
    }

    @Test
    void metaInfServicesNamesTheTransportForTheClassPath() throws IOException {
        try (InputStream in = TcpTransport.class.getModule()
                .getResourceAsStream("META-INF/services/io.sotto.api.transport.Transport")) {
            assertNotNull(in, "META-INF/services entry missing");
            assertEquals("io.sotto.transport.tcp.TcpTransport", new String(in.readAllBytes()).trim());
        }
    }
}
