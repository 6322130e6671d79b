package io.sotto.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opens many sessions at once, each on a virtual thread, with at most {@code concurrency} in
 * setup at a time, and starts each one's reader as soon as it is welcomed (the server sends every
 * member a presence for every join, so everyone must keep reading while the others join). The
 * pool's {@link ReadLoops} read the sessions until {@link #close()}.
 */
final class SessionPool implements AutoCloseable {
    /**
     * How often quiet sessions ping. The server drops a joined client it has not heard from for
     * 120 s, and opening thousands of sessions can take longer than that.
     */
    static final java.time.Duration PING_PERIOD = java.time.Duration.ofSeconds(30);

    /**
     * The sessions ping in this many groups, one group after another across the period, as a
     * crowd of real clients would (each on its own clock) rather than all at once: 10,000 pongs
     * at the same moment start 10,000 writer threads on the server, and a reading of its memory
     * taken then measured that burst instead of the sessions held.
     */
    static final int PING_GROUPS = 30;

    private final BenchTarget target;
    private final String nickPrefix;
    /** The number of the first session's nickname, 0-based (see {@link #nick}). */
    private final int firstNick;
    private final int concurrency;
    private final SessionListener listener;
    private final ErrorCounts errors;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReferenceArray<BenchSession> sessions;
    private final LongAdder joined = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong lastJoinNanos = new AtomicLong();
    /** Setup time (connect + hello + handshake + join) of each session that joined. */
    private final Histogram setupNanos = new Histogram();
    private final ConcurrentLinkedQueue<BenchSession> toClose = new ConcurrentLinkedQueue<>();
    /** Where the sessions are read, for transports whose connections can be polled. */
    private final ReadLoops readLoops = ReadLoops.perCore();
    /**
     * Pings every joined session once every {@link #PING_PERIOD}, a group at a time, from the first
     * join until {@link #close()}.
     */
    private final Thread keepAlive = Thread.ofVirtual().name("bench-keepalive").unstarted(this::keepAlive);
    private volatile boolean closed;

    SessionPool(BenchTarget target, int count, String nickPrefix, int concurrency, SessionListener listener,
            ErrorCounts errors) {
        this(target, count, nickPrefix, 0, concurrency, listener, errors);
    }

    /** @param firstNick the nickname number of the first session, so that two pools of one run never share a name */
    SessionPool(BenchTarget target, int count, String nickPrefix, int firstNick, int concurrency,
            SessionListener listener, ErrorCounts errors) {
        this.target = Objects.requireNonNull(target, "target");
        this.nickPrefix = nickPrefix;
        this.firstNick = firstNick;
        this.concurrency = concurrency;
        this.listener = listener;
        this.errors = errors;
        this.sessions = new AtomicReferenceArray<>(count);
    }

    /** The nickname of session {@code index} (0-based): prefix and a 1-based number of at least 4 digits. */
    static String nick(String prefix, int index) {
        return prefix + String.format("%04d", index + 1);
    }

    /**
     * Opens every session, or as many as can be before {@code deadlineNanos}; returns when all
     * attempts have ended.
     */
    void openAll(long deadlineNanos) throws InterruptedException {
        if (keepAlive.getState() == Thread.State.NEW) {
            keepAlive.start();
        }
        Semaphore slots = new Semaphore(concurrency);
        int count = sessions.length();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            if (System.nanoTime() - deadlineNanos > 0) {
                slots.release();
                errors.add("not_attempted", (count - i) + " sessions not attempted: the time limit passed");
                failed.add(count - i);
                break;
            }
            int index = i;
            Thread.ofVirtual().name("bench-open-", index).start(() -> {
                try {
                    open(index);
                } finally {
                    slots.release();
                }
            });
        }
        slots.acquire(concurrency);
        slots.release(concurrency);
    }

    private void open(int index) {
        long start = System.nanoTime();
        try {
            BenchSession session = BenchSession.open(target, index, nick(nickPrefix, firstNick + index), random);
            long now = System.nanoTime();
            synchronized (setupNanos) {
                setupNanos.record(now - start);
            }
            sessions.set(index, session);
            toClose.add(session);
            session.startReader(listener, readLoops);
            lastJoinNanos.accumulateAndGet(now, Math::max);
            joined.increment();
        } catch (SessionFailure e) {
            failed.increment();
            errors.add(e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            failed.increment();
            errors.add("internal_error", e.toString());
        }
    }

    /** The sessions that joined, in index order. */
    List<BenchSession> joinedSessions() {
        List<BenchSession> list = new ArrayList<>();
        for (int i = 0; i < sessions.length(); i++) {
            BenchSession session = sessions.get(i);
            if (session != null) {
                list.add(session);
            }
        }
        return list;
    }

    long joined() {
        return joined.sum();
    }

    long failed() {
        return failed.sum();
    }

    /** {@link System#nanoTime()} of the last successful join, 0 if none. */
    long lastJoinNanos() {
        return lastJoinNanos.get();
    }

    /** How many of the sessions are read by the pool's event loops rather than threads of their own. */
    int sessionsOnReadLoops() {
        return readLoops.sessionsAdded();
    }

    Histogram setupTimes() {
        Histogram copy = new Histogram();
        synchronized (setupNanos) {
            copy.add(setupNanos);
        }
        return copy;
    }

    private void keepAlive() {
        java.time.Duration pause = PING_PERIOD.dividedBy(PING_GROUPS);
        long token = 0;
        while (!closed) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                token++;
                pingGroup(token, (int) (token % PING_GROUPS));
            }
        }
    }

    /** Pings the joined sessions of one group, so that none hits the server's idle timeout during a long run. */
    private void pingGroup(long token, int group) {
        for (BenchSession session : toClose) {
            if (session.index() % PING_GROUPS != group) {
                continue;
            }
            try {
                session.ping(token);
            } catch (java.io.IOException e) {
                // The reader reports the lost connection.
            }
        }
    }

    /** Closes every session opened. */
    @Override
    public void close() {
        closed = true;
        keepAlive.interrupt();
        BenchSession session;
        while ((session = toClose.poll()) != null) {
            session.close();
        }
        readLoops.close();
    }
}
