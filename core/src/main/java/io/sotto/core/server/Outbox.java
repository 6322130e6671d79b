package io.sotto.core.server;

import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bounded queue of encoded messages waiting for one client, and the virtual thread that seals
 * and writes them.
 *
 * <p>Producers never block: {@link #offer(byte[])} fails when the queue is full, and the caller
 * treats the client as too slow. The writer takes whatever has queued up and writes it as one
 * batch, so a busy room costs one write per batch rather than one per message.
 */
final class Outbox {
    /** Marks the end: the writer stops after writing everything queued before it. */
    private static final byte[] END = new byte[0];
    private static final int MAX_BATCH = 128;

    private final LinkedBlockingQueue<byte[]> queue;
    private final SecureChannel channel;
    private final Runnable onStopped;
    private final Thread writer;

    /**
     * @param onStopped called once on the writer thread when it stops, whether after {@link
     *     #finish(byte[])} or because a write failed
     */
    Outbox(SecureChannel channel, int limit, Runnable onStopped) {
        // One slot beyond the limit so that the END mark always fits.
        this.queue = new LinkedBlockingQueue<>(limit + 1);
        this.channel = channel;
        this.onStopped = onStopped;
        this.writer = Thread.ofVirtual().name("sotto-outbox").start(this::writeUntilEnd);
    }

    /** Queues an encoded message; false when the queue is full. */
    boolean offer(byte[] encoded) {
        return queue.remainingCapacity() > 1 && queue.offer(encoded);
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
    }

    /** Waits up to {@code millis} for the writer to stop. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return writer.join(java.time.Duration.ofMillis(millis));
    }

    private void writeUntilEnd() {
        List<byte[]> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean ended = removeEnd(batch);
                if (!batch.isEmpty()) {
                    channel.sendEncoded(batch);
                }
                if (ended) {
                    return;
                }
                batch.clear();
            }
        } catch (IOException | InterruptedException e) {
            // The connection is gone or closing; the reader side cleans up.
        } finally {
            onStopped.run();
        }
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
