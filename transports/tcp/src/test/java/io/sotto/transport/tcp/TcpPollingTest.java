package io.sotto.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tcp client connection read by an event loop ({@link FrameConnection#startPolling()}): frames
 * of every size arrive whole and in order through a real selector, the ends of a stream are told
 * apart, and sends still complete when the peer is slow to read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TcpPollingTest {
    private static final long WAIT_SECONDS = 10;

    private final TcpTransport transport = new TcpTransport();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void framesOfEverySizeArriveWholeAndInOrder() throws Exception {
        List<byte[]> sent = new ArrayList<>();
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 10, 127, 128, 129, 500, 8_191, 8_192, 20_000, 65_535, 3, 40_000}) {
            byte[] frame = new byte[size];
            random.nextBytes(frame);
            sent.add(frame);
        }
        for (int i = 0; i < 2_000; i++) {
            sent.add(new byte[] {(byte) i, (byte) (i >> 8)});
        }
        Listener listener = listen(connection -> {
            try {
                connection.send(sent);
                connection.receive();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = connect(listener);
        Selector selector = selectorFor(client);

        List<byte[]> received = pollUntil(selector, client, sent.size());

        assertEquals(sent.size(), received.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), received.get(i), "frame " + i);
        }
    }

    @Test
    void framesAnEarlierReceiveBufferedComeOutOfTheFirstPoll() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                connection.send(List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}));
                awaitQuietly(done);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        FrameConnection client = connect(listener);
        assertArrayEquals(new byte[] {1}, client.receive(), "the three tiny frames come in one read");
        client.startPolling().orElseThrow();

        List<byte[]> frames = new ArrayList<>();
        assertTrue(client.poll(frames), "still open");

        assertEquals(2, frames.size(), "without waiting for the selector: nothing new arrived");
        assertArrayEquals(new byte[] {3}, frames.get(1));
        done.countDown();
    }

    @Test
    void aCleanCloseBetweenFramesEndsThePollingAfterTheLastFrame() throws Exception {
        Listener listener = listen(connection -> {
            try {
                connection.send(List.of(new byte[] {1}, new byte[] {2}));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            // Returning closes the connection.
        });
        FrameConnection client = connect(listener);
        Selector selector = selectorFor(client);

        List<byte[]> frames = new ArrayList<>();
        boolean open = true;
        long deadline = deadline();
        while (open) {
            awaitReadable(selector, deadline);
            open = client.poll(frames);
        }
        assertEquals(2, frames.size(), "both frames before the end");
        assertArrayEquals(new byte[] {2}, frames.get(1));
    }

    @Test
    void aCloseInsideAFrameIsAnEofException() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            FrameConnection client = closeLater(transport.connect(
                    URI.create("tcp://127.0.0.1:" + raw.getLocalPort()), FrameLimits.defaults()));
            Selector selector = selectorFor(client);
            try (Socket peer = raw.accept()) {
                OutputStream out = peer.getOutputStream();
                out.write(new byte[] {0x10, 0x00}); // 4,096 bytes announced
                out.write(new byte[1_000]);
                out.flush();
            }
            EOFException e = assertThrows(EOFException.class, () -> pollUntil(selector, client, 1));
            assertTrue(e.getMessage().contains("1000 of 4096"), e.getMessage());
        }
    }

    @Test
    void anAnnouncedLengthOverTheLimitFailsThePoll() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            FrameConnection client = closeLater(transport.connect(
                    URI.create("tcp://127.0.0.1:" + raw.getLocalPort()), new FrameLimits(1_000, FrameLimits.defaults().connectTimeout())));
            Selector selector = selectorFor(client);
            Socket peer = closeLater(raw.accept());
            peer.getOutputStream().write(new byte[] {(byte) 0xff, (byte) 0xff});
            peer.getOutputStream().flush();
            FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> pollUntil(selector, client, 1));
            assertEquals(65_535, e.announced());
        }
    }

    @Test
    void aSendWaitsForRoomWhileThePeerIsSlowAndThenCompletes() throws Exception {
        CountDownLatch startReading = new CountDownLatch(1);
        BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
        Listener listener = listen(connection -> {
            try {
                startReading.await();
                int bytes = 0;
                byte[] frame;
                while ((frame = connection.receive()) != null) {
                    bytes += frame.length;
                }
                received.add(bytes);
            } catch (IOException | InterruptedException e) {
                received.add(-1);
            }
        });
        FrameConnection client = connect(listener);
        selectorFor(client);
        List<byte[]> frames = java.util.Collections.nCopies(256, new byte[60_000]);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try {
                client.send(frames);
                client.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        // 15 MB cannot fit in the two sockets' buffers while nobody reads: the send must wait.
        awaitWaitingForRoom(client);
        assertFalse(sending.isDone(), "the send returned before its bytes were written");

        startReading.countDown();
        sending.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(256 * 60_000, received.poll(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void closingEndsASendThatWaitsForRoom() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Listener listener = listen(connection -> awaitQuietly(never));
        FrameConnection client = connect(listener);
        selectorFor(client);
        CompletableFuture<Object> sending = CompletableFuture.supplyAsync(() -> {
            try {
                client.send(java.util.Collections.nCopies(256, new byte[60_000]));
                return "sent";
            } catch (IOException e) {
                return e;
            }
        });
        awaitWaitingForRoom(client);
        client.close();
        assertInstanceOf(IOException.class, sending.get(WAIT_SECONDS, TimeUnit.SECONDS));
        never.countDown();
    }

    @Test
    void onlyTheClientsConnectionsCanPollAndThenOnlyPoll() throws Exception {
        CompletableFuture<Optional<SelectableChannel>> accepted = new CompletableFuture<>();
        CountDownLatch done = new CountDownLatch(1);
        Listener listener = listen(connection -> {
            try {
                accepted.complete(connection.startPolling());
                awaitQuietly(done);
            } catch (IOException e) {
                accepted.completeExceptionally(e);
            }
        });
        FrameConnection client = connect(listener);
        assertThrows(IllegalStateException.class, () -> client.poll(new ArrayList<>()), "not polling yet");

        assertTrue(accepted.get(WAIT_SECONDS, TimeUnit.SECONDS).isEmpty(),
                "a connection accepted by the server socket has no channel to poll");
        assertTrue(client.startPolling().isPresent());
        assertThrows(IllegalStateException.class, client::receive, "receive() is the event loop's now");
        done.countDown();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Listener listen(ConnectionHandler handler) throws IOException {
        return closeLater(transport.listen(new ListenSpec("127.0.0.1", 0, FrameLimits.defaults()), handler));
    }

    private FrameConnection connect(Listener listener) throws IOException {
        return closeLater(transport.connect(listener.uri(), FrameLimits.defaults()));
    }

    private Selector selectorFor(FrameConnection connection) throws IOException {
        Selector selector = closeLater(Selector.open());
        SelectableChannel channel = connection.startPolling().orElseThrow();
        channel.register(selector, SelectionKey.OP_READ);
        return selector;
    }

    /** Polls whenever the selector says readable, until {@code count} frames or the connection's end. */
    private static List<byte[]> pollUntil(Selector selector, FrameConnection connection, int count) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        long deadline = deadline();
        while (frames.size() < count) {
            awaitReadable(selector, deadline);
            if (!connection.poll(frames)) {
                break;
            }
        }
        return frames;
    }

    private static void awaitReadable(Selector selector, long deadline) throws IOException {
        while (selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))) == 0) {
            if (System.nanoTime() > deadline) {
                fail("not readable within " + WAIT_SECONDS + " s");
            }
        }
        selector.selectedKeys().clear();
    }

    /** Waits (without sleeping) until a send on {@code connection} has found the socket's buffer full. */
    private static void awaitWaitingForRoom(FrameConnection connection) {
        NonBlockingOutput output = ((TcpFrameConnection) connection).nonBlockingOutput();
        long deadline = deadline();
        while (!output.waitedForRoom()) {
            if (System.nanoTime() > deadline) {
                fail("the send never had to wait for room");
            }
            Thread.onSpinWait();
        }
    }

    private static long deadline() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }
}
