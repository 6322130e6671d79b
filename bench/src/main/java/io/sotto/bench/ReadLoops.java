package io.sotto.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the generator's sessions from a few platform threads, one per core, each watching its
 * share of the connections with a {@link Selector}, for transports that let their connections
 * be polled (tcp).
 *
 * <p>Why not a parked virtual thread per session, as a single client has: in a paced fan-out each
 * message wakes 500 readers one by one, and on this machine each wake-up cost more than the
 * reading it led to (a read that finds the record, a second read that finds nothing, the
 * poller's re-arming, the hand-off to a carrier thread: about 12 µs of the generator's CPU per
 * delivery against the server's 8, docs/PERFORMANCE.md). A loop woken once for every connection
 * that became readable meanwhile reads each of them in turn. Every record is still decrypted and
 * decoded, as a real client would.
 *
 * <p>A session is read by one loop only, so its listener calls stay on one thread.
 */
final class ReadLoops implements AutoCloseable {
    private final Loop[] loops;
    private final AtomicInteger next = new AtomicInteger();

    /** Opens {@code threads} selectors; their threads start with the first session each is given. */
    ReadLoops(int threads) {
        loops = new Loop[threads];
        for (int i = 0; i < threads; i++) {
            loops[i] = new Loop(i);
        }
    }

    /** One loop per core: the generator's readers then use what the machine has, no more. */
    static ReadLoops perCore() {
        return new ReadLoops(Runtime.getRuntime().availableProcessors());
    }

    /** Hands {@code session}'s reads to a loop, round robin; its channel must be polling. */
    void add(SelectableChannel channel, BenchSession session) {
        loops[Math.floorMod(next.getAndIncrement(), loops.length)].add(channel, session);
    }

    /** How many sessions were handed to the loops so far. */
    int sessionsAdded() {
        return next.get();
    }

    /** Stops the loops; sessions still registered are no longer read (close them first). */
    @Override
    public void close() {
        for (Loop loop : loops) {
            loop.close();
        }
    }

    private record Registration(SelectableChannel channel, BenchSession session) {}

    private static final class Loop implements Runnable {
        private final Selector selector;
        private final Thread thread;
        private final ConcurrentLinkedQueue<Registration> pending = new ConcurrentLinkedQueue<>();
        /** The records of one poll; reused, cleared by each session after use. */
        private final List<byte[]> records = new ArrayList<>();
        private volatile boolean closed;

        Loop(int index) {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a selector for the generator's readers", e);
            }
            thread = Thread.ofPlatform().daemon().name("bench-read-loop-" + index).unstarted(this);
        }

        void add(SelectableChannel channel, BenchSession session) {
            pending.add(new Registration(channel, session));
            synchronized (this) {
                if (thread.getState() == Thread.State.NEW) {
                    thread.start();
                }
            }
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (!closed) {
                    registerPending();
                    selector.select(this::readReady);
                }
            } catch (IOException | ClosedSelectorException e) {
                // Closed: the run is over.
            }
        }

        private void registerPending() {
            Registration registration;
            while ((registration = pending.poll()) != null) {
                SelectionKey key;
                try {
                    key = registration.channel().register(selector, SelectionKey.OP_READ, registration.session());
                } catch (ClosedChannelException e) {
                    registration.session().lostBeforeReading();
                    continue;
                }
                // Frames the join's reads already buffered would wait for the next arrival otherwise.
                readReady(key);
            }
        }

        private void readReady(SelectionKey key) {
            BenchSession session = (BenchSession) key.attachment();
            if (!session.readReady(records)) {
                key.cancel();
            }
        }

        void close() {
            closed = true;
            try {
                selector.close();
            } catch (IOException e) {
                // Its descriptor is released either way.
            }
        }
    }
}
