package io.sotto.core.server;

import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bounded queue of encoded messages waiting for one client, and the writer that seals and
 * sends them.
 *
 * <p>Producers never block: {@link #offer(byte[])} fails when the queue is full, and the caller
 * treats the client as too slow. The writer takes whatever has queued up and writes it as one
 * batch, so a busy room costs one write per batch rather than one per message. The writer is a
 * virtual thread started only while there is something to write: an idle connection holds no
 * writer thread and no stack, which matters when a server holds thousands of quiet clients.
 */
final class Outbox {
    /** Marks the end: the writer stops after writing everything queued before it. */
    private static final byte[] END = new byte[0];
    private static final int MAX_BATCH = 128;

    private final LinkedBlockingQueue<byte[]> queue;
    private final SecureChannel channel;
    private final Runnable onStopped;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param onStopped called once, on the writer, when it stops: after {@link #finish} or because
     *     a write failed
     */
    Outbox(SecureChannel channel, int limit, Runnable onStopped) {
        // One slot beyond the limit so that the END mark always fits.
        this.queue = new LinkedBlockingQueue<>(limit + 1);
        this.channel = channel;
        this.onStopped = onStopped;
    }

    /** Queues an encoded message; false when the queue is full. */
    boolean offer(byte[] encoded) {
        if (queue.remainingCapacity() <= 1 || !queue.offer(encoded)) {
            return false;
        }
        startWriterIfIdle();
        return true;
    }

    /**
     * Stops taking messages: drops what is queued when {@code dropQueued}, queues {@code last}
     * (if not null), and lets the writer stop after it.
     */
    void finish(byte[] last, boolean dropQueued) {
        if (dropQueued) {
            queue.clear();
        }
        if (last != null) {
            queue.offer(last);
        }
        queue.offer(END);
        startWriterIfIdle();
    }

    /** Waits up to {@code millis} for the writer to stop for good. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    private void startWriterIfIdle() {
        if (stopped.getCount() > 0 && writing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("sotto-outbox").start(this::writeWhileQueued);
        }
    }

    /** Writes batches until the queue is empty (then the thread ends) or the END mark is reached. */
    private void writeWhileQueued() {
        List<byte[]> batch = new ArrayList<>();
        try {
            while (true) {
                queue.drainTo(batch, MAX_BATCH);
                if (batch.isEmpty()) {
                    writing.set(false);
                    // A producer may have queued after the drain but before the flag was cleared.
                    if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                boolean ended = removeEnd(batch);
                if (!batch.isEmpty()) {
                    channel.sendEncoded(batch);
                }
                if (ended) {
                    stop();
                    return;
                }
                batch.clear();
            }
        } catch (IOException | RuntimeException e) {
            // The connection is gone or closing; the reader side cleans up.
            stop();
        }
    }

    private void stop() {
        queue.clear();
        stopped.countDown();
        onStopped.run();
    }

    /** Removes the END mark and anything after it; true if it was there. */
    private static boolean removeEnd(List<byte[]> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == END) {
                batch.subList(i, batch.size()).clear();
                return true;
            }
        }
        return false;
    }

    /** How long to wait for the writer when closing, before the connection is cut. */
    static long closingGraceMillis() {
        return TimeUnit.SECONDS.toMillis(2);
    }
}
