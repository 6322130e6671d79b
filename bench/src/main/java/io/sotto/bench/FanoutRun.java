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
    /** Join traffic has settled when nothing arrived for this long. */
    private static final long SETTLE_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long SETTLE_MAX_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** The run ends when senders are done and no delivery arrived for this long. */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** How long a sender with a full window waits at most before it looks at the count again. */
    private static final long WINDOW_RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final BenchTarget target;
    private final FanoutOptions options;
    private final ErrorCounts errors = new ErrorCounts();
    private final LongAdder otherMessages = new LongAdder();
    private final Round warmup;
    private final Round measured;
    private volatile Round current;
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
        final LongAdder sendersDone = new LongAdder();
        /** One per session, indexed like the sessions: each reader writes only its own. */
        final Receipts[] receipts;
        /** The deliveries counted by the last {@link #delivered()}: what senders check their window against. */
        volatile long deliveredSeen;
        volatile long start;
        /** The generator's CPU time used from the round's start to its end; -1 when unknown. */
        long cpuUsed = -1;

        Round(int sessions) {
            byte[] tag = new byte[4];
            new SecureRandom().nextBytes(tag);
            this.payload = new Payload(HexFormat.of().formatHex(tag));
            this.receipts = new Receipts[sessions];
            for (int i = 0; i < sessions; i++) {
                receipts[i] = new Receipts();
            }
        }

        /** The sender threads that wait for room in the window, woken whenever {@link #deliveredSeen} is refreshed. */
        volatile List<Thread> senders = List.of();

        /**
         * Wakes the senders waiting for room in the window. They used to look again every 50 µs
         * on their own: ten timed wake-ups every 50 µs cost a fifth of the generator's CPU once its
         * readers no longer kept its carrier threads busy (perf, docs/PERFORMANCE.md), while the
         * count they look at changes only when this refreshes it.
         */
        void wakeSenders() {
            for (Thread sender : senders) {
                LockSupport.unpark(sender);
            }
        }

        /** Deliveries so far, exactly; also refreshes {@link #deliveredSeen}. */
        long delivered() {
            long total = 0;
            for (Receipts r : receipts) {
                total += r.count();
            }
            deliveredSeen = total;
            return total;
        }

        /** Every session's latencies in one histogram. */
        Histogram latency() {
            Histogram all = new Histogram();
            for (Receipts r : receipts) {
                if (r.count() > 0) {
                    all.add(r.latency);
                }
            }
            return all;
        }

        /** The time of the last receipt, or {@link Long#MIN_VALUE} when there was none. */
        long lastReceipt() {
            long last = Long.MIN_VALUE;
            for (Receipts r : receipts) {
                if (r.count() > 0) {
                    last = Math.max(last, r.lastNanos);
                }
            }
            return last;
        }
    }

    /**
     * What one session received in a round. Only that session's reader writes it, with plain
     * stores, so a delivery costs no atomic operation on a counter every reader shares; the count
     * is published last (release), so a thread that reads the count sees what was recorded before.
     */
    private static final class Receipts {
        final Histogram latency = new Histogram();
        long lastNanos = Long.MIN_VALUE;
        private final AtomicLong count = new AtomicLong();

        void record(long sentNanos, long receivedNanos) {
            latency.record(receivedNanos - sentNanos);
            lastNanos = Math.max(lastNanos, receivedNanos);
            count.lazySet(count.get() + 1);
        }

        long count() {
            return count.get();
        }
    }

    private FanoutRun(BenchTarget target, FanoutOptions options) {
        this.target = target;
        this.options = options;
        this.warmup = new Round(options.clients());
        this.measured = new Round(options.clients());
        this.current = measured;
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
        long missing = warmup.sent.get() * receivers - warmup.delivered();
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
        long cpuAtStart = CpuTime.ofThisProcess();
        long sendEnd = sendNanos == Long.MAX_VALUE ? Long.MAX_VALUE : round.start + sendNanos;
        List<Thread> threads = new ArrayList<>(senders.size());
        for (int j = 0; j < senders.size(); j++) {
            long count = messages == Long.MAX_VALUE ? Long.MAX_VALUE
                    : messages / senders.size() + (j < messages % senders.size() ? 1 : 0);
            BenchSession session = senders.get(j);
            int slot = j;
            threads.add(Thread.ofVirtual().name("bench-sender-", j).unstarted(() -> {
                try {
                    send(round, session, slot, senders.size(), count, sendEnd);
                } finally {
                    round.sendersDone.increment();
                }
            }));
        }
        // Only senders with a window wait for the count; paced ones sleep until their next send,
        // and waking them every refresh cost 10,000 needless wake-ups a second (docs/PERFORMANCE.md).
        round.senders = options.rate() == 0 ? List.copyOf(threads) : List.of();
        threads.forEach(Thread::start);
        String stoppedBy = awaitDeliveries(round, senders.size(), deadline);
        long cpuAtEnd = CpuTime.ofThisProcess();
        if (cpuAtStart >= 0 && cpuAtEnd >= 0) {
            round.cpuUsed = cpuAtEnd - cpuAtStart;
        }
        return stoppedBy;
    }

    private String awaitDeliveries(Round round, int senderCount, long deadline) throws InterruptedException {
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long got = round.delivered();
            round.wakeSenders();
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
            // Often enough that the senders' view of the window is never more than a moment old.
            Thread.sleep(1);
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
                while (round.sent.get() * receivers - round.deliveredSeen > window && !stopping) {
                    // Woken when the count is refreshed; the timeout only guards against a missed wake-up.
                    LockSupport.parkNanos(WINDOW_RECHECK_NANOS);
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
        String text = posted.text();
        Round round = measured;
        long sentNanos = measured.payload.sentNanos(text);
        if (sentNanos == Long.MIN_VALUE) {
            round = warmup;
            sentNanos = warmup.payload.sentNanos(text);
        }
        if (sentNanos == Long.MIN_VALUE || stopping) {
            otherMessages.increment();
            return;
        }
        round.receipts[session.index()].record(sentNanos, receivedNanos);
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
        long got = round.delivered();
        if (round == warmup) {
            return String.format("fanout: warming up  sent %d  delivered %s  %s deliveries/s  errors %d",
                    round.sent.get(), Format.count(got), Format.count(Format.perSecond(got, elapsed)), errorCount);
        }
        return String.format("fanout: sent %d/%d  delivered %s/%s  %s deliveries/s  errors %d", round.sent.get(),
                options.messages(), Format.count(got), Format.count((double) options.messages() * receivers),
                Format.count(Format.perSecond(got, elapsed)), errorCount);
    }

    private FanoutResult result(int joined, int senders, long setupNanos, String stoppedBy) {
        long delivered = measured.delivered();
        long last = measured.lastReceipt();
        long elapsed = last == Long.MIN_VALUE ? 0 : last - measured.start;
        return new FanoutResult(options, joined, senders, setupNanos, warmup.sent.get(), measured.sent.get(),
                options.messages() * joined, delivered, elapsed, measured.cpuUsed, measured.latency(),
                errors.snapshot(), errors.examples(), stoppedBy);
    }
}
