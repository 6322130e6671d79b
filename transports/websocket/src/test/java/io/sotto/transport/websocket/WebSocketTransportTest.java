package io.sotto.transport.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.FrameTooLargeException;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import io.sotto.testsupport.FrameTransportContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The websocket transport over real sockets on 127.0.0.1: the transport contract, and what is
 * particular to WebSocket (close codes, text messages, the upgrade request, back-pressure) seen
 * through a raw client.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebSocketTransportTest extends FrameTransportContract {

    @Override
    protected Transport newTransport() {
        return new WebSocketTransport();
    }

    /**
     * Within the server's inbox ({@value WsSupport#INBOX_FRAMES} frames): the library cannot pause
     * reading one connection, so a peer further ahead of its handler is cut off (tested below);
     * 3,000 frames in one burst would test how fast the handler thread gets scheduled.
     */
    @Override
    protected int manyFrames() {
        return WsSupport.INBOX_FRAMES - 24;
    }

    /** A failed handler's connection is closed with 1011 (internal error). */
    @Override
    protected void assertHandlerFailureSeen(FrameConnection connection) {
        IOException e = assertThrows(IOException.class, connection::receive);
        assertTrue(e.getMessage().contains("1011"), e.getMessage());
    }

    /** The server closes with 1009 (message too big). */
    @Override
    protected void assertClientSeesTheRefusal(FrameConnection client) {
        IOException atClient = assertThrows(IOException.class, client::receive);
        assertTrue(atClient.getMessage().contains("1009"), atClient.getMessage());
    }

    private RawWebSocket raw(Listener listener) throws Exception {
        return closeLater(new RawWebSocket(listener.uri()));
    }

    // ---- WebSocket particulars --------------------------------------------------------------------

    @Test
    void aPathInTheUriIsKeptAndAnyPathIsServed() throws Exception {
        Listener listener = listen(WebSocketTransportTest::echo);
        for (String path : List.of("/sotto", "/chat/ws", "/")) {
            FrameConnection client = connect(URI.create(listener.uri() + path), LIMITS);
            client.send(new byte[] {1, 2});
            assertArrayEquals(new byte[] {1, 2}, client.receive(), path);
        }
    }

    /**
     * The JDK's client drops bytes that arrive with the upgrade response, so the server holds its
     * first frames until the client has spoken (our client pings at once). A bare socket shows
     * the order: nothing, then after a ping the pong and the handler's frame.
     */
    @Test
    void theServerSendsNothingUntilTheClientHasSpoken() throws Exception {
        Listener listener = listen(connection -> {
            try {
                connection.send(List.of(new byte[] {7}));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int port = listener.uri().getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            String head = readHead(in);
            assertTrue(head.startsWith("HTTP/1.1 101"), head);

            socket.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, in::read, "the server spoke first");

            out.write(new byte[] {(byte) 0x89, (byte) 0x80, 1, 2, 3, 4}); // a masked, empty ping
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            byte[] pongThenFrame = in.readNBytes(5);
            assertArrayEquals(new byte[] {(byte) 0x8A, 0, (byte) 0x82, 1, 7}, pongThenFrame);
        }
    }

    private static String readHead(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /**
     * The server closes while the peer is still writing megabytes: the peer must still see a
     * close, not a broken pipe or a reset (the server lingers, draining, instead of closing with
     * unread input, which answers with a reset). The close code is 1009; rarely the JDK's client
     * reports a close frame followed closely by the end of the stream as 1006 (its close handling
     * lets the second overwrite the first), so the test asks for a close and counts the codes.
     */
    @Test
    void aPeerStillSendingWhenRefusedSeesACloseNotABrokenPipe() throws Exception {
        Listener listener = listen(new FrameLimits(1_000, Duration.ofSeconds(5)), connection -> {
            try {
                connection.receive();
            } catch (IOException expected) {
                // refused: too large
            }
        });
        int with1009 = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            RawWebSocket raw = raw(listener);
            try {
                raw.sendBinary(new byte[8 << 20]);
            } catch (ExecutionException refusedMidMessage) {
                // The close arrives while the message is still going out.
            }
            int code = raw.closeCode();
            assertTrue(code == 1009 || code == 1006, "attempt " + attempt + ": " + raw.closeReport());
            with1009 += code == 1009 ? 1 : 0;
        }
        assertTrue(with1009 >= 3, with1009 + " of 5 closes carried 1009");
    }

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
        assertEquals(1009, raw.closeCode(), raw::closeReport);
    }

    @Test
    void aTextMessageIsRefusedWithCode1003() throws Exception {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Listener listener = listen(firstReceiveInto(outcome));
        RawWebSocket raw = raw(listener);
        raw.sendText("hello");
        IOException e = assertInstanceOf(IOException.class, await(outcome));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
        assertEquals(1003, raw.closeCode(), raw::closeReport);
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
        assertEquals(1008, raw.closeCode(), raw::closeReport);
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
        try {
            Object early = sendOutcome.get(2, TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.fail("send must wait while the client does not read; instead, after "
                    + sent.get() + " frames: " + early);
        } catch (TimeoutException expected) {
            // still waiting, as it should
        }
        assertTrue(sent.get() < 2_048);
        serverSide.get(WAIT_SECONDS, TimeUnit.SECONDS).close();
        assertInstanceOf(IOException.class, await(sendOutcome), "close releases the waiting send");
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
    void uriBracketsIpv6AndMapsTheWildcardToLoopback() throws Exception {
        assertEquals("ws://[::1]:7421", WsListener.uriFor("::1", InetAddress.getByName("::1"), 7421).toString());
        assertEquals("ws://127.0.0.1:7421",
                WsListener.uriFor("0.0.0.0", InetAddress.getByName("0.0.0.0"), 7421).toString());
    }

    // ---- discovery -------------------------------------------------------------------------------

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
        assertEquals(443, ws.defaultPort("wss"), "wss goes to the TLS terminator in front");
        assertEquals(7421, ws.defaultPort("ws"));
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
