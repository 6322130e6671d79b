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
    private final ErrorCounts errors = new ErrorCounts();
    private final Histogram[] latency = new Histogram[STRIPES];
    private final LongAdder otherMessages = new LongAdder();
    private final AtomicLong lastReceipt = new AtomicLong(Long.MIN_VALUE);
    private final Round warmup = new Round();
    private final Round measured = new Round();
    private volatile Round current = measured;
    private volatile String phase = "connecting";
    private volatile boolean stopping;
    private volatile int receivers;
    private SessionPool pool;

    /**
     * One round of sending: the warm-up or the measurement. Each has a payload tag of its own, so
     * a receipt is always counted in the round its message was sent in.
     */
    private static final class Round {
        final Payload payload;
        final AtomicLong sent = new AtomicLong();
        final LongAdder delivered = new LongAdder();
        final LongAdder sendersDone = new LongAdder();
        volatile long start;

        Round() {
            byte[] tag = new byte[4];
            new SecureRandom().nextBytes(tag);
            this.payload = new Payload(HexFormat.of().formatHex(tag));
        }
    }

    private FanoutRun(BenchTarget target, FanoutOptions options) {
        this.target = target;
        this.options = options;
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
            warmUp(sessions.subList(0, senders), deadline);
            phase = "sending";
            String stoppedBy = sendRound(measured, sessions.subList(0, senders), options.messages(), Long.MAX_VALUE,
                    deadline);
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

    /**
     * Sends for {@link FanoutOptions#warmup()} in the measurement's mode and waits for those
     * messages to arrive; a missing one is an error like any other.
     */
    private void warmUp(List<BenchSession> senders, long deadline) throws InterruptedException {
        if (options.warmup().isZero()) {
            return;
        }
        phase = "warming up";
        current = warmup;
        String stoppedBy = sendRound(warmup, senders, Long.MAX_VALUE, options.warmup().toNanos(), deadline);
        long missing = warmup.sent.get() * receivers - warmup.delivered.sum();
        if (!stoppedBy.equals("complete") && missing > 0) {
            errors.add("warmup_missing", missing + " warm-up deliveries did not arrive (" + stoppedBy + ")");
        }
        current = measured;
    }

    /**
     * Has the senders post up to {@code messages} (spread over them) for at most {@code sendNanos},
     * then waits until every session has received every message of the round.
     *
     * @return {@code complete}, {@code timeout} or {@code stalled}
     */
    private String sendRound(Round round, List<BenchSession> senders, long messages, long sendNanos, long deadline)
            throws InterruptedException {
        round.start = System.nanoTime();
        long sendEnd = sendNanos == Long.MAX_VALUE ? Long.MAX_VALUE : round.start + sendNanos;
        for (int j = 0; j < senders.size(); j++) {
            long count = messages == Long.MAX_VALUE ? Long.MAX_VALUE
                    : messages / senders.size() + (j < messages % senders.size() ? 1 : 0);
            BenchSession session = senders.get(j);
            int slot = j;
            Thread.ofVirtual().name("bench-sender-", j).start(() -> {
                try {
                    send(round, session, slot, senders.size(), count, sendEnd);
                } finally {
                    round.sendersDone.increment();
                }
            });
        }
        return awaitDeliveries(round, senders.size(), deadline);
    }

    private String awaitDeliveries(Round round, int senderCount, long deadline) throws InterruptedException {
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long got = round.delivered.sum();
            long now = System.nanoTime();
            boolean sendersDone = round.sendersDone.sum() == senderCount;
            if (sendersDone && got >= round.sent.get() * receivers) {
                return "complete";
            }
            if (now - deadline > 0) {
                return "timeout";
            }
            if (got != lastCount) {
                lastCount = got;
                lastChange = now;
            } else if (sendersDone && now - lastChange > STALL_NANOS) {
                return "stalled";
            }
            Thread.sleep(2);
        }
    }

    /** One sender: {@code count} messages until {@code sendEnd}, paced or within the window. */
    private void send(Round round, BenchSession session, int slot, int senderCount, long count, long sendEnd) {
        double interval = options.rate() == 0 ? 0 : senderCount * 1e9 / options.rate();
        long offset = options.rate() == 0 ? 0 : (long) (slot * 1e9 / options.rate());
        long window = (long) options.window() * receivers;
        for (long k = 0; k < count && !stopping; k++) {
            long stamp;
            if (options.rate() > 0) {
                stamp = round.start + offset + (long) (k * interval);
                long wait;
                while ((wait = stamp - System.nanoTime()) > 0 && !stopping) {
                    LockSupport.parkNanos(wait);
                }
            } else {
                while (round.sent.get() * receivers - round.delivered.sum() > window && !stopping) {
                    LockSupport.parkNanos(50_000);
                }
                stamp = System.nanoTime();
            }
            if (sendEnd != Long.MAX_VALUE && stamp - sendEnd >= 0) {
                return;
            }
            long seq = round.sent.incrementAndGet();
            try {
                session.say(round.payload.text(seq, stamp, options.size()));
            } catch (IOException e) {
                errors.add("send_failed", session.nick() + ": " + e.getMessage());
                return;
            }
        }
    }

    @Override
    public void posted(BenchSession session, Posted posted, long receivedNanos) {
        long sentNanos = measured.payload.sentNanos(posted.text());
        if (sentNanos == Long.MIN_VALUE || stopping) {
            if (warmup.payload.sentNanos(posted.text()) != Long.MIN_VALUE) {
                warmup.delivered.increment();
            } else {
                otherMessages.increment();
            }
            return;
        }
        latency[session.index() % STRIPES].record(receivedNanos - sentNanos);
        measured.delivered.increment();
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
        Round round = current;
        long elapsed = System.nanoTime() - round.start;
        long got = round.delivered.sum();
        if (round == warmup) {
            return String.format("fanout: warming up  sent %d  delivered %s  %s deliveries/s  errors %d",
                    round.sent.get(), Format.count(got), Format.count(Format.perSecond(got, elapsed)), errorCount);
        }
        return String.format("fanout: sent %d/%d  delivered %s/%s  %s deliveries/s  errors %d", round.sent.get(),
                options.messages(), Format.count(got), Format.count((double) options.messages() * receivers),
                Format.count(Format.perSecond(got, elapsed)), errorCount);
    }

    private FanoutResult result(int joined, int senders, long setupNanos, String stoppedBy) {
        Histogram all = new Histogram();
        for (Histogram stripe : latency) {
            all.add(stripe);
        }
        long last = lastReceipt.get();
        long elapsed = last == Long.MIN_VALUE ? 0 : last - measured.start;
        return new FanoutResult(options, joined, senders, setupNanos, warmup.sent.get(), measured.sent.get(),
                options.messages() * joined, measured.delivered.sum(), elapsed, all, errors.snapshot(),
                errors.examples(), stoppedBy);
    }
}
