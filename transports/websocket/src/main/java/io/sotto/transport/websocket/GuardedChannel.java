package io.sotto.transport.websocket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The accepted socket as the WebSocket library sees it, with two additions the library lacks:
 *
 * <ul>
 *   <li>a guard on the HTTP upgrade: at most {@value #MAX_HANDSHAKE_BYTES} bytes may arrive
 *       before the connection is open (the library would otherwise buffer an endless header), and
 *       the deadline set by {@link #armHandshakeDeadline};
 *   <li>a wake-up for a sender waiting for the library's outbound queue to drain: every write
 *       that makes progress unparks it ({@link #awaitProgress});
 *   <li>a lingering close. The library closes the socket as soon as its close frame is written,
 *       without waiting for the peer's answer (RFC 6455 section 7.1.1 has the server close after
 *       it). A socket closed with unread input answers the peer with a reset, which can reach the
 *       peer before the close frame does: a client still sending (an oversized message, a flood)
 *       then sees "broken pipe" instead of the close code that says why. And the JDK's client
 *       may report a close frame followed at once by the end of the stream as code 1006. So
 *       {@link #close()} keeps reading and dropping the peer's bytes until the peer, having read
 *       the close frame and answered it, closes too, or for at most {@link #LINGER_MILLIS}.
 * </ul>
 *
 * <p>Reads and writes happen on the library's selector thread only.
 */
final class GuardedChannel implements ByteChannel {

    /** The largest HTTP upgrade request accepted; reverse proxies send far less. */
    static final int MAX_HANDSHAKE_BYTES = 16 * 1024;

    /** How long a closed connection keeps draining what the peer still sends. */
    static final long LINGER_MILLIS = 2_000;

    /** Pause between two drains of a lingering socket. */
    private static final long LINGER_POLL_MILLIS = 10;

    /** Bytes one drain reads at most, so that a fast peer cannot hold the timer thread. */
    private static final int LINGER_DRAIN_BYTES = 256 * 1024;

    private final SocketChannel channel;
    private volatile boolean closed;
    private volatile boolean opened;
    private int handshakeBytes;
    private volatile Thread waiter;
    private volatile ScheduledFuture<?> deadline;

    GuardedChannel(SocketChannel channel) {
        this.channel = channel;
    }

    /** Runs {@code onExpiry} unless the connection opens within {@code timeoutMillis}. */
    void armHandshakeDeadline(long timeoutMillis, Runnable onExpiry) {
        deadline = WsSupport.TIMER.schedule(() -> {
            if (!opened) {
                onExpiry.run();
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** The WebSocket handshake is done: no more handshake limits. */
    void opened() {
        opened = true;
        ScheduledFuture<?> d = deadline;
        if (d != null) {
            d.cancel(false);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = channel.read(dst);
        if (!opened && n > 0) {
            handshakeBytes += n;
            if (handshakeBytes > MAX_HANDSHAKE_BYTES) {
                throw new IOException("WebSocket upgrade request longer than " + MAX_HANDSHAKE_BYTES + " bytes");
            }
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int n = channel.write(src);
        if (n > 0) {
            wake();
        }
        return n;
    }

    /** Unparks a sender waiting in {@link #awaitProgress}, if any. */
    void wake() {
        Thread t = waiter;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Parks the calling thread until {@code drained} is true, the next write makes progress or
     * {@link #wake()} is called, or at most {@code maxNanos}. One waiter at a time (sends on a
     * connection are serialized by its caller).
     *
     * @return {@code drained}'s value when it was last checked
     */
    boolean awaitProgress(java.util.function.BooleanSupplier drained, long maxNanos) {
        waiter = Thread.currentThread();
        try {
            // Checked after registering, so a write between the check and the park still wakes us.
            if (drained.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(this, maxNanos);
            return drained.getAsBoolean();
        } finally {
            waiter = null;
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        wake();
        // Before the upgrade there is no close frame to be read: the connection is simply cut.
        if (!opened || !channel.isOpen() || channel.isBlocking()) {
            channel.close();
            return;
        }
        new Linger(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS)).run();
    }

    /**
     * Drains the peer's bytes on the module's timer until the peer closes, reading fails or the
     * deadline passes, then closes the socket. The library has cancelled the socket's selection
     * key before closing, so nothing else reads it.
     */
    private final class Linger implements Runnable {

        private final long deadline;
        private final ByteBuffer sink = ByteBuffer.allocate(4_096);

        Linger(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void run() {
            try {
                int n;
                int drained = 0;
                do {
                    sink.clear();
                    n = channel.read(sink);
                    drained += Math.max(n, 0);
                } while (n > 0 && drained < LINGER_DRAIN_BYTES);
                if (n >= 0 && System.nanoTime() - deadline < 0) {
                    WsSupport.TIMER.schedule(this, LINGER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    return;
                }
            } catch (IOException | RejectedExecutionException e) {
                // Reading failed or the JVM is going down: close now.
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }
}
