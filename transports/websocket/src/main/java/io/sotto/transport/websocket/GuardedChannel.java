package io.sotto.transport.websocket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
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
 *       that makes progress unparks it ({@link #awaitProgress}).
 * </ul>
 *
 * <p>Reads and writes happen on the library's selector thread only.
 */
final class GuardedChannel implements ByteChannel {

    /** The largest HTTP upgrade request accepted; reverse proxies send far less. */
    static final int MAX_HANDSHAKE_BYTES = 16 * 1024;

    private final SocketChannel channel;
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
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
        wake();
    }
}
