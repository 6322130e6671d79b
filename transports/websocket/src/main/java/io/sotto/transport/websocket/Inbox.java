package io.sotto.transport.websocket;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between the thread a WebSocket library delivers messages on and the thread
 * that calls {@code receive()}.
 *
 * <p>It holds at most {@code maxFrames} frames and {@code maxBytes} bytes. It ends in one of three
 * ways, the first one winning: a clean end ({@link #end()}: {@code take} returns {@code null} once
 * the queued frames are read), a failure ({@link #fail}: {@code take} throws it once the queued
 * frames are read), or a local close ({@link #closeLocally()}: {@code take} fails at once, queued
 * frames are dropped).
 *
 * <p>A {@link ReentrantLock}, not {@code synchronized}, so a virtual thread waiting in {@code take}
 * does not pin its carrier.
 */
final class Inbox {

    private final int maxFrames;
    private final int maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private int bytes;
    private boolean ended;
    private IOException failure;
    private boolean closedLocally;

    Inbox(int maxFrames, int maxBytes) {
        if (maxFrames < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxFrames and maxBytes must be positive");
        }
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
    }

    int maxFrames() {
        return maxFrames;
    }

    int maxBytes() {
        return maxBytes;
    }

    /**
     * Queues a frame.
     *
     * @return false when the inbox is full (the frame is not queued) or already ended
     */
    boolean offer(byte[] frame) {
        lock.lock();
        try {
            if (isTerminal()) {
                return false;
            }
            // A frame larger than the byte bound is still taken into an empty inbox.
            if (frames.size() >= maxFrames || (!frames.isEmpty() && bytes + frame.length > maxBytes)) {
                return false;
            }
            frames.addLast(frame);
            bytes += frame.length;
            changed.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a frame of {@code length} bytes would be accepted now. */
    boolean hasRoomFor(int length) {
        lock.lock();
        try {
            return !isTerminal() && frames.size() < maxFrames && (frames.isEmpty() || bytes + length <= maxBytes);
        } finally {
            lock.unlock();
        }
    }

    /** The peer closed cleanly: after the queued frames, {@link #take} returns null. */
    void end() {
        lock.lock();
        try {
            if (!isTerminal()) {
                ended = true;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The connection failed: after the queued frames, {@link #take} throws {@code e}.
     *
     * @return whether this was the first way the inbox ended
     */
    boolean fail(IOException e) {
        lock.lock();
        try {
            if (isTerminal()) {
                return false;
            }
            failure = e;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** This side closed the connection: {@link #take} fails at once; queued frames are dropped. */
    void closeLocally() {
        lock.lock();
        try {
            closedLocally = true;
            frames.clear();
            bytes = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the inbox has ended in any way (queued frames may still be waiting). */
    boolean isTerminal() {
        lock.lock();
        try {
            return ended || failure != null || closedLocally;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next frame, waiting at most {@code timeoutMillis} (0: forever).
     *
     * @return the frame, or null after a clean end
     * @throws SocketTimeoutException when no frame arrived in time
     * @throws SocketException after {@link #closeLocally()}
     * @throws IOException the failure given to {@link #fail}
     */
    byte[] take(int timeoutMillis) throws IOException {
        long deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
        lock.lock();
        try {
            while (true) {
                if (closedLocally) {
                    throw new SocketException("connection closed");
                }
                byte[] frame = frames.pollFirst();
                if (frame != null) {
                    bytes -= frame.length;
                    return frame;
                }
                if (failure != null) {
                    throw failure;
                }
                if (ended) {
                    return null;
                }
                if (timeoutMillis == 0) {
                    changed.await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new SocketTimeoutException("no whole frame received within " + timeoutMillis + " ms");
                    }
                    changed.awaitNanos(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            var failed = new java.io.InterruptedIOException("interrupted while waiting for a frame");
            failed.initCause(e);
            throw failed;
        } finally {
            lock.unlock();
        }
    }
}
