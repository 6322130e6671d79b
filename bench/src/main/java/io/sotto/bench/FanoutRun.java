package io.sotto.bench;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The fan-out benchmark: joins {@link FanoutOptions#clients()} sessions, waits for the join
 * traffic (presence) to settle, then has the senders post and every session time each receipt.
 *
 * <p>Latency is measured from the send time carried in the message to the moment the receiving
 * session has decrypted and decoded it. In the paced mode the send time is the intended one, so a
 * sender that falls behind shows up as latency rather than hiding it (no coordinated omission).
 */
public final class FanoutRun implements SessionListener {
    /** Latency stripes: readers record into {@code index % STRIPES} to spread contention. */
    private static final int STRIPES = 8;
    /** Join traffic has settled when nothing arrived for this long. */
    private static final long SETTLE_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long SETTLE_MAX_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** The run ends when senders are done and no delivery arrived for this long. */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final BenchTarget target;
    private final FanoutOptions options;
    private final Payload payload;
    private final ErrorCounts errors = new ErrorCounts();
    private final Histogram[] latency = new Histogram[STRIPES];
    private final LongAdder delivered = new LongAdder();
    private final LongAdder otherMessages = new LongAdder();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lastReceipt = new AtomicLong(Long.MIN_VALUE);
    private final LongAdder sendersDone = new LongAdder();
    private volatile String phase = "connecting";
    private volatile boolean stopping;
    private volatile long measureStart;
    private volatile int receivers;
    private SessionPool pool;

    private FanoutRun(BenchTarget target, FanoutOptions options) {
        this.target = target;
        this.options = options;
        byte[] tag = new byte[4];
        new SecureRandom().nextBytes(tag);
        this.payload = new Payload(HexFormat.of().formatHex(tag));
        for (int i = 0; i < STRIPES; i++) {
            latency[i] = new Histogram();
        }
    }

    /**
     * Runs the benchmark and closes every session it opened.
     *
     * @param progress where the live progress line goes
     */
    public static FanoutResult run(BenchTarget target, FanoutOptions options, Progress.Mode mode, PrintWriter progress)
            throws InterruptedException {
        return new FanoutRun(target, options).run(mode, progress);
    }

    private FanoutResult run(Progress.Mode mode, PrintWriter err) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + options.timeout().toNanos();
        SessionPool opened = new SessionPool(target, options.clients(), options.nickPrefix(), options.concurrency(),
                this, errors);
        pool = opened;
        try (Progress progress = Progress.start(err, mode, this::progressLine); opened) {
            pool.openAll(deadline);
            List<BenchSession> sessions = pool.joinedSessions();
            long setupNanos = sessions.isEmpty() ? 0 : pool.lastJoinNanos() - start;
            progress.note("fanout: " + sessions.size() + " of " + options.clients() + " sessions joined in "
                    + Format.seconds(setupNanos / 1e9));
            int senders = Math.min(options.senders(), sessions.size());
            if (sessions.isEmpty()) {
                return result(0, 0, setupNanos, "no_sessions");
            }
            receivers = sessions.size();
            settle(deadline);
            String stoppedBy = measure(sessions.subList(0, senders), deadline);
            stopping = true;
            return result(sessions.size(), senders, setupNanos, stoppedBy);
        } finally {
            stopping = true;
        }
    }

    /** Waits until the presence storm of the joins has been read. */
    private void settle(long deadline) throws InterruptedException {
        phase = "settling";
        long settleEnd = Math.min(deadline, System.nanoTime() + SETTLE_MAX_NANOS);
        long seen = otherMessages.sum();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - settleEnd < 0) {
            Thread.sleep(50);
            long now = otherMessages.sum();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= SETTLE_QUIET_NANOS) {
                return;
            }
        }
    }

    private String measure(List<BenchSession> senders, long deadline) throws InterruptedException {
        phase = "sending";
        long expected = options.messages() * receivers;
        measureStart = System.nanoTime();
        List<Thread> threads = new ArrayList<>(senders.size());
        for (int j = 0; j < senders.size(); j++) {
            long count = options.messages() / senders.size() + (j < options.messages() % senders.size() ? 1 : 0);
            BenchSession session = senders.get(j);
            int slot = j;
            threads.add(Thread.ofVirtual().name("bench-sender-", j).start(() -> {
                try {
                    send(session, slot, senders.size(), count);
                } finally {
                    sendersDone.increment();
                }
            }));
        }
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long got = delivered.sum();
            long now = System.nanoTime();
            if (got >= expected) {
                return "complete";
            }
            if (now - deadline > 0) {
                return "timeout";
            }
            if (got != lastCount) {
                lastCount = got;
                lastChange = now;
            } else if (sendersDone.sum() == senders.size() && now - lastChange > STALL_NANOS) {
                return "stalled";
            }
            Thread.sleep(2);
        }
    }

    /** One sender: {@code count} messages, paced or within the window. */
    private void send(BenchSession session, int slot, int senderCount, long count) {
        double interval = options.rate() == 0 ? 0 : senderCount * 1e9 / options.rate();
        long offset = options.rate() == 0 ? 0 : (long) (slot * 1e9 / options.rate());
        long window = (long) options.window() * receivers;
        for (long k = 0; k < count && !stopping; k++) {
            long stamp;
            if (options.rate() > 0) {
                stamp = measureStart + offset + (long) (k * interval);
                long wait;
                while ((wait = stamp - System.nanoTime()) > 0 && !stopping) {
                    LockSupport.parkNanos(wait);
                }
            } else {
                while (sent.get() * receivers - delivered.sum() > window && !stopping) {
                    LockSupport.parkNanos(50_000);
                }
                stamp = System.nanoTime();
            }
            long seq = sent.incrementAndGet();
            try {
                session.say(payload.text(seq, stamp, options.size()));
            } catch (IOException e) {
                errors.add("send_failed", session.nick() + ": " + e.getMessage());
                return;
            }
        }
    }

    @Override
    public void posted(BenchSession session, Posted posted, long receivedNanos) {
        long sentNanos = payload.sentNanos(posted.text());
        if (sentNanos == Long.MIN_VALUE || stopping) {
            otherMessages.increment();
            return;
        }
        latency[session.index() % STRIPES].record(receivedNanos - sentNanos);
        delivered.increment();
        if (receivedNanos > lastReceipt.get()) {
            lastReceipt.accumulateAndGet(receivedNanos, Math::max);
        }
    }

    @Override
    public void other(BenchSession session) {
        otherMessages.increment();
    }

    @Override
    public void notice(BenchSession session, Notice notice) {
        if (!stopping) {
            errors.add("notice:" + notice.code(), session.nick() + ": " + notice.text());
        }
    }

    @Override
    public void ended(BenchSession session, String reason) {
        if (!stopping) {
            errors.add("disconnected", session.nick() + ": " + reason);
        }
    }

    private String progressLine() {
        String p = phase;
        long errorCount = errors.total();
        if (p.equals("connecting") || p.equals("settling")) {
            return String.format("fanout: %s  joined %d/%d  other messages %s  errors %d", p,
                    pool == null ? 0 : pool.joined(), options.clients(), Format.count(otherMessages.sum()), errorCount);
        }
        long elapsed = System.nanoTime() - measureStart;
        long got = delivered.sum();
        return String.format("fanout: sent %d/%d  delivered %s/%s  %s deliveries/s  errors %d", sent.get(),
                options.messages(), Format.count(got), Format.count((double) options.messages() * receivers),
                Format.count(Format.perSecond(got, elapsed)), errorCount);
    }

    private FanoutResult result(int joined, int senders, long setupNanos, String stoppedBy) {
        Histogram all = new Histogram();
        for (Histogram stripe : latency) {
            all.add(stripe);
        }
        long last = lastReceipt.get();
        long elapsed = last == Long.MIN_VALUE ? 0 : last - measureStart;
        return new FanoutResult(options, joined, senders, setupNanos, sent.get(), options.messages() * joined,
                delivered.sum(), elapsed, all, errors.snapshot(), errors.examples(), stoppedBy);
    }
}
