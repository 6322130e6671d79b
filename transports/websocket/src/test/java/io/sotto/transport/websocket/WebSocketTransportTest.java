package io.sotto.transport.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The websocket transport over real sockets on 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketTransportTest {

    private static final long WAIT_SECONDS = 10;
    private static final FrameLimits LIMITS = FrameLimits.defaults();

    private final WebSocketTransport transport = new WebSocketTransport();
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
        return connect(listener.uri(), LIMITS);
    }

    private FrameConnection connect(URI uri, FrameLimits limits) throws IOException {
        FrameConnection connection = transport.connect(uri, limits);
        toClose.add(connection);
        return connection;
    }

    private RawWebSocket raw(Listener listener) throws Exception {
        RawWebSocket raw = new RawWebSocket(listener.uri());
        toClose.add(raw);
        return raw;
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

    /** A handler that records every receive() outcome until null or an exception. */
    private static ConnectionHandler allReceivesInto(BlockingQueue<Object> outcomes) {
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

    private static Object await(Future<?> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Object poll(BlockingQueue<Object> queue) throws InterruptedException {
        Object o = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(o, "nothing arrived within " + WAIT_SECONDS + " s");
        return o;
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (without sleeping) until {@code thread} is parked, i.e. blocked in a receive. */
    private static void awaitBlocked(Thread thread) {
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
        Listener listener = listen(WebSocketTransportTest::echo);
        FrameConnection client = connect(listener);

        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        List<byte[]> frames = List.of(new byte[0], randomBytes(65_535, 1), binary, new byte[] {0, 0, 0},
                randomBytes(1, 2), randomBytes(125, 3), randomBytes(126, 4), randomBytes(65_536 - 2, 5),
                randomBytes(8_193, 6), new byte[0]);
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
        assertNull(client.receive(), "the transport closes the connection (1000) when the handler returns");
        assertNull(client.receive(), "end of stream stays end of stream");
    }

    @Test
    void sendOfManyFramesArrivesWholeAndInOrderBothWays() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
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
        client.send(frames.subList(0, 1_500));
        client.send(frames.subList(1_500, 3_000));
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

    @Test
    void aPathInTheUriIsKeptAndAnyPathIsServed() throws Exception {
        Listener listener = listen(WebSocketTransportTest::echo);
        for (String path : List.of("/sotto", "/chat/ws", "/")) {
            FrameConnection client = connect(URI.create(listener.uri() + path), LIMITS);
            client.send(new byte[] {1, 2});
            assertArrayEquals(new byte[] {1, 2}, client.receive(), path);
        }
    }

    // ---- limits and refused input -------------------------------------------------------------

    @Test
    void aMessageOverTheLimitIsRefusedWithCode1009BeforeItIsBuffered() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(new FrameLimits(1_000, Duration.ofSeconds(5)), firstReceiveInto(outcome));
        RawWebSocket raw = raw(listener);
        try {
            raw.sendBinary(new byte[65_535]);
        } catch (ExecutionException refusedMidMessage) {
            // The server may answer with its close before the whole message is out.
        }

        FrameTooLargeException e = assertInstanceOf(FrameTooLargeException.class, await(outcome));
        assertEquals(1_000, e.limit());
        assertTrue(e.announced() > 1_000, "announced " + e.announced());
        assertEquals(1009, raw.closeCode());
    }

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
        IOException atClient = assertThrows(IOException.class, client::receive);
        assertTrue(atClient.getMessage().contains("1009"), atClient.getMessage());
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
        assertTrue(e.announced() > 4_096 && e.announced() <= 5_000, "announced " + e.announced());
        assertEquals(4_096, e.limit());
        release.countDown();
    }

    @Test
    void aTextMessageIsRefusedWithCode1003() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        RawWebSocket raw = raw(listener);
        raw.sendText("hello");
        IOException e = assertInstanceOf(IOException.class, await(outcome));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
        assertEquals(1003, raw.closeCode());
    }

    @Test
    void anOversizedUpgradeRequestIsCutOff() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        try (Socket socket = new Socket("127.0.0.1", listener.port())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            OutputStream out = socket.getOutputStream();
            String head = "GET / HTTP/1.1\r\nHost: x\r\nX-Filler: ";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[1_024];
            Arrays.fill(filler, (byte) 'a');
            try {
                for (int i = 0; i < 64; i++) {
                    out.write(filler);
                }
                out.flush();
            } catch (IOException reset) {
                // Cut off while writing: that is the point.
            }
            InputStream in = socket.getInputStream();
            try {
                assertEquals(-1, in.read(), "the server closes the connection");
            } catch (IOException reset) {
                // A reset is a close too.
            }
        }
        assertFalse(outcome.isDone(), "no connection was handed to the handler");
    }

    @Test
    void aPeerThatSendsFasterThanTheHandlerReadsIsCutOffWith1008() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        ConnectionHandler record = allReceivesInto(outcomes);
        Listener listener = listen(connection -> {
            awaitQuietly(release);
            record.handle(connection);
        });
        RawWebSocket raw = raw(listener);
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < WsSupport.INBOX_FRAMES + 100; i++) {
                    raw.sendBinary(new byte[] {(byte) i});
                }
            } catch (Exception e) {
                // The server cut us off mid-flood.
            }
        });
        assertEquals(1008, raw.closeCode());
        release.countDown();
        for (int i = 0; i < WsSupport.INBOX_FRAMES; i++) {
            assertArrayEquals(new byte[] {(byte) i}, (byte[]) poll(outcomes), "queued frame " + i);
        }
        IOException e = assertInstanceOf(IOException.class, poll(outcomes));
        assertTrue(e.getMessage().contains("faster"), e.getMessage());
        flood.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void sendWaitsWhileThePeerDoesNotReadAndCloseReleasesIt() throws Exception {
        CompletableFuture<Object> sendOutcome = new CompletableFuture<>();
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<FrameConnection> serverSide = new CompletableFuture<>();
        Listener listener = listen(connection -> {
            serverSide.complete(connection);
            byte[] frame = new byte[65_535];
            try {
                // 128 MiB: far more than the client's inbox, the socket buffers and the high-water mark.
                for (int i = 0; i < 2_048; i++) {
                    connection.send(frame);
                    sent.incrementAndGet();
                }
                sendOutcome.complete("all sent");
            } catch (Throwable t) {
                sendOutcome.complete(t);
            }
        });
        FrameConnection client = connect(listener);
        assertNotNull(client.receive());
        assertThrows(TimeoutException.class, () -> sendOutcome.get(2, TimeUnit.SECONDS),
                "send must wait while the client does not read");
        assertTrue(sent.get() < 2_048);
        serverSide.get(WAIT_SECONDS, TimeUnit.SECONDS).close();
        assertInstanceOf(IOException.class, await(sendOutcome), "close releases the waiting send");
    }

    // ---- close and timeouts ----------------------------------------------------------------------

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

    // ---- listener -------------------------------------------------------------------------------

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
        IOException e = assertThrows(IOException.class, first::receive);
        assertTrue(e.getMessage().contains("1011"), e.getMessage());

        FrameConnection second = connect(listener);
        second.send(new byte[] {7, 7});
        assertArrayEquals(new byte[] {7, 7}, second.receive());
        assertEquals(2, served.get());
    }

    @Test
    void listenerCloseRefusesNewConnectionsButKeepsOpenOnes() throws Exception {
        Listener listener = listen(WebSocketTransportTest::echo);
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
        Listener listener = listen(WebSocketTransportTest::echo);
        assertTrue(listener.port() > 0);
        assertEquals(URI.create("ws://127.0.0.1:" + listener.port()), listener.uri());
        assertEquals("ws://[::1]:7421", WsListener.uriFor("::1", InetAddress.getByName("::1"), 7421).toString());
        assertEquals("ws://127.0.0.1:7421",
                WsListener.uriFor("0.0.0.0", InetAddress.getByName("0.0.0.0"), 7421).toString());
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
                    () -> transport.listen(new ListenSpec("127.0.0.1", port, LIMITS), WebSocketTransportTest::echo));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": "), e.getMessage());
        }
    }

    // ---- client ---------------------------------------------------------------------------------

    @Test
    void connectingToAClosedPortGivesAClearMessage() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        int closedPort = port;
        ConnectException e = assertThrows(ConnectException.class,
                () -> transport.connect(URI.create("ws://127.0.0.1:" + closedPort), LIMITS));
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void aServerThatIsNotAWebSocketListenerGivesAClearMessage() throws Exception {
        try (ServerSocket http = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = http.accept()) {
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            StandardCharsets.US_ASCII));
                    String line;
                    while ((line = in.readLine()) != null && !line.isEmpty()) {
                        // read the request head
                    }
                    s.getOutputStream().write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the test fails on the client side if this goes wrong
                }
            });
            IOException e = assertThrows(IOException.class,
                    () -> transport.connect(URI.create("ws://127.0.0.1:" + http.getLocalPort() + "/sotto"), LIMITS));
            assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1:" + http.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void unknownHostGivesAClearMessage() {
        IOException e = assertThrows(IOException.class,
                () -> transport.connect(URI.create("ws://no-such-host.invalid:7421"), LIMITS));
        assertTrue(e.getMessage().contains("no-such-host.invalid:7421"), e.getMessage());
    }

    @Test
    void uriWithAnotherSchemeOrNoHostIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> transport.connect(URI.create("tcp://127.0.0.1:7421"), LIMITS));
        assertThrows(IllegalArgumentException.class, () -> transport.connect(URI.create("http://127.0.0.1:7421"), LIMITS));
        assertThrows(IllegalArgumentException.class, () -> transport.connect(URI.create("ws:///chat"), LIMITS));
        assertThrows(IllegalArgumentException.class, () -> transport.connect(URI.create("ws:opaque"), LIMITS));
    }

    @Test
    void aMissingPortMeansTheDefaultPort() {
        try {
            transport.connect(URI.create("ws://127.0.0.1"), LIMITS).close();
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("127.0.0.1:7421"), e.getMessage());
        }
    }

    // ---- scale and discovery --------------------------------------------------------------------

    @Test
    void aHundredConcurrentConnectionsEcho() throws Exception {
        Listener listener = listen(WebSocketTransportTest::echo);
        int clients = 100;
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

    @Test
    void serviceLoaderFindsTheTransport() {
        Module self = getClass().getModule();
        if (self.isNamed()) {
            self.addUses(Transport.class); // tests run inside the provider module
        }
        List<Transport> found = ServiceLoader.load(Transport.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(t -> t.id().equals("websocket"))
                .toList();
        assertEquals(1, found.size());
        Transport ws = found.get(0);
        assertInstanceOf(WebSocketTransport.class, ws);
        assertEquals(List.of("ws", "wss"), ws.schemes());
        assertEquals(7421, ws.defaultPort());
        assertFalse(ws.description().isBlank() || ws.description().contains("\n"));
    }

    @Test
    void metaInfServicesNamesTheTransportForTheClassPath() throws IOException {
        try (InputStream in = WebSocketTransport.class.getModule()
                .getResourceAsStream("META-INF/services/io.sotto.api.transport.Transport")) {
            assertNotNull(in, "META-INF/services entry missing");
            assertEquals("io.sotto.transport.websocket.WebSocketTransport", new String(in.readAllBytes()).trim());
        }
    }
}
