package io.sotto.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.FrameTooLargeException;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import io.sotto.testsupport.FrameTransportContract;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The tcp transport over real sockets on 127.0.0.1: the transport contract, and the framing on
 * the wire (two-byte length prefixes) seen through raw sockets.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpTransportTest extends FrameTransportContract {

    @Override
    protected Transport newTransport() {
        return new TcpTransport();
    }

    /** Tcp has no way to say why: the failed handler's connection is simply closed. */
    @Override
    protected void assertHandlerFailureSeen(FrameConnection connection) throws IOException {
        assertNull(connection.receive(), "the failed handler's connection is closed");
    }

    /** The length prefix announces the whole frame before any of it is read. */
    @Override
    protected void assertAnnounced(int sent, int limit, FrameTooLargeException e) {
        assertEquals(sent, e.announced());
    }

    @Override
    protected Class<? extends IOException> unknownHostException() {
        return UnknownHostException.class;
    }

    @Override
    protected int manyFrames() {
        return 5_000;
    }

    @Override
    protected int concurrentClients() {
        return 200;
    }

    private Socket rawConnect(Listener listener) throws IOException {
        return closeLater(new Socket("127.0.0.1", listener.port()));
    }

    // ---- the wire format ----------------------------------------------------------------------

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
    void peerAddressIsTheRawSocketsAddress() throws Exception {
        CompletableFuture<String> peer = new CompletableFuture<>();
        Listener listener = listen(connection -> peer.complete(connection.peerAddress()));
        Socket raw = rawConnect(listener);
        assertEquals("127.0.0.1:" + raw.getLocalPort(), peer.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    // ---- addresses and reads -------------------------------------------------------------------

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
        closeLater(socket);
        AtomicInteger reads = new AtomicInteger();
        InputStream counting = new java.io.FilterInputStream(socket.getInputStream()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                reads.incrementAndGet();
                return super.read(b, off, len);
            }
        };
        FrameConnection client = new TcpFrameConnection(socket, counting, socket.getOutputStream(), 65_535);
        closeLater(client);
        assertTrue(sent.await(WAIT_SECONDS, TimeUnit.SECONDS));
        for (int i = 0; i < 1_000; i++) {
            assertEquals(10, client.receive().length);
        }
        int calls = reads.get();
        assertTrue(calls <= 50, "1,000 frames took " + calls + " read calls");
    }

    // ---- discovery -----------------------------------------------------------------------------

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
