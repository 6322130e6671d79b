package io.sotto.core.server;

import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The bounded queue of encoded messages waiting for one client, and the writer that seals and
 * sends them.
 *
 * <p>Producers never block: {@link #offer(byte[])} fails when the queue is full, and the caller
 * treats the client as too slow. The writer takes everything queued at once (it swaps lists with
 * the producers rather than draining element by element) and writes it as one batch, so a busy
 * room costs one seal and one write per batch rather than per message. The writer is a virtual
 * thread started only while there is something to write, and the lists exist only while there is
 * traffic: an idle connection holds no writer thread, no stack and no queue storage, which matters
 * when a server holds thousands of quiet clients.
 *
 * <p>The lock is this outbox's own, held for an append or a swap: producers for different clients
 * never contend, and a producer never waits on a write.
 */
final class Outbox {
    /**
     * Makes the writer threads. A factory may be shared between threads, unlike a builder, and a
     * builder per start was a tenth of the allocation samples of a join storm (JFR,
     * docs/PERFORMANCE.md).
     */
    private static final ThreadFactory WRITERS = Thread.ofVirtual().name("sotto-outbox").factory();

    private final SecureChannel channel;
    private final int limit;
    private final Runnable onStopped;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The writer's task, made once rather than for every burst. */
    private final Runnable writer = this::writeWhileQueued;

    // Guarded by this.
    private List<byte[]> queued = new ArrayList<>(0);
    private boolean writing;
    private boolean ending;
    private boolean done;

    /**
     * @param limit the most messages waiting at once, besides the batch the writer is writing (so
     *     a client whose writes block holds at most twice this many before it is cut as too slow)
     * @param onStopped called once, on the writer, when it stops: after {@link #finish} or because
     *     a write failed
     */
    Outbox(SecureChannel channel, int limit, Runnable onStopped) {
        this.channel = channel;
        this.limit = limit;
        this.onStopped = onStopped;
    }

    /**
     * Queues an encoded message; false when the queue is full. Once the outbox is finishing,
     * messages are dropped (the connection is closing) and this returns true.
     */
    boolean offer(byte[] encoded) {
        synchronized (this) {
            if (ending) {
                return true;
            }
            if (queued.size() >= limit) {
                return false;
            }
            queued.add(encoded);
            if (writing) {
                return true;
            }
            writing = true;
        }
        startWriter();
        return true;
    }

    /**
     * Stops taking messages: drops what is queued when {@code dropQueued}, queues {@code last}
     * (if not null), and lets the writer stop after it.
     */
    void finish(byte[] last, boolean dropQueued) {
        synchronized (this) {
            if (ending) {
                return;
            }
            ending = true;
            if (dropQueued) {
                queued = new ArrayList<>(1);
            }
            if (last != null) {
                queued.add(last);
            }
            if (writing) {
                return;
            }
            writing = true;
        }
        startWriter();
    }

    /** Waits up to {@code millis} for the writer to stop for good. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    private void startWriter() {
        WRITERS.newThread(writer).start();
    }

    /** Writes batches until nothing is queued (then the thread ends) or the outbox has ended. */
    private void writeWhileQueued() {
        List<byte[]> spare = new ArrayList<>(0);
        try {
            List<byte[]> batch;
            while ((batch = takeBatch(spare)) != null) {
                channel.sendEncoded(batch);
                batch.clear();
                spare = batch;
            }
        } catch (IOException | RuntimeException e) {
            // The connection is gone or closing; the reader side cleans up.
            stop();
        }
    }

    /**
     * Swaps {@code spare} (empty) for the queued messages; null when there is nothing left to
     * write, in which case the writer must end: it has either marked itself idle or stopped the
     * outbox for good.
     */
    private List<byte[]> takeBatch(List<byte[]> spare) {
        boolean stop;
        synchronized (this) {
            if (!queued.isEmpty()) {
                List<byte[]> batch = queued;
                queued = spare;
                return batch;
            }
            // Idle connections keep no queue storage: the next message makes a small list.
            queued = new ArrayList<>(0);
            stop = ending;
            if (!stop) {
                writing = false;
            }
        }
        if (stop) {
            stop();
        }
        return null;
    }

    private void stop() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            ending = true;
            queued = new ArrayList<>(0);
        }
        stopped.countDown();
        onStopped.run();
    }

    /** How long to wait for the writer when closing, before the connection is cut. */
    static long closingGraceMillis() {
        return TimeUnit.SECONDS.toMillis(2);
    }
}
