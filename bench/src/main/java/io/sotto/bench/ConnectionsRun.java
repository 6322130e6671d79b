package io.sotto.bench;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The connections benchmark: opens many joined sessions as fast as it can (connect, hello, Noise
 * handshake, join), holds them, and closes them. Every session keeps reading and dropping what
 * the server sends (mostly presence of the others joining).
 *
 * <p>With a warm-up, as many sessions as asked are opened and closed first, and the clock starts
 * once the generator's JIT has gone quiet: the measured storm then meets a server that has been
 * running (as a real one has) and a generator whose compiler no longer competes for the cores.
 */
public final class ConnectionsRun implements SessionListener {
    private final BenchTarget target;
    private final ConnectionsOptions options;
    private final Settle settle;
    private final ErrorCounts errors = new ErrorCounts();
    private final LongAdder lost = new LongAdder();
    private final LongAdder received = new LongAdder();
    private volatile String phase = "warming up";
    private volatile long holdEnd;
    private volatile boolean stopping;
    /**
     * Whether the measured sessions are being opened or held. The warm-up's sessions report to
     * this same listener, which drops what they say: with a listener of another class the
     * generator's compiled read loops would meet a new receiver type when the clock starts and be
     * compiled again while it runs.
     */
    private volatile boolean measuring;
    /** The pool being opened or held: the warm-up's, then the measured one. */
    private volatile SessionPool pool;
    /** Warm-up sessions of the rounds before the current one. */
    private volatile int warmedUp;

    private ConnectionsRun(BenchTarget target, ConnectionsOptions options, Settle settle) {
        this.target = target;
        this.options = options;
        this.settle = settle;
    }

    /** What runs between the warm-up and the clock: waiting for the JIT, or nothing in tests. */
    @FunctionalInterface
    interface Settle {
        void await() throws InterruptedException;
    }

    /** Runs the benchmark and closes every session it opened. */
    public static ConnectionsResult run(BenchTarget target, ConnectionsOptions options, Progress.Mode mode,
            PrintWriter progress) throws InterruptedException {
        return run(target, options, mode, progress, JitQuiet::await);
    }

    static ConnectionsResult run(BenchTarget target, ConnectionsOptions options, Progress.Mode mode,
            PrintWriter progress, Settle settle) throws InterruptedException {
        return new ConnectionsRun(target, options, settle).run(mode, progress);
    }

    private ConnectionsResult run(Progress.Mode mode, PrintWriter err) throws InterruptedException {
        try (Progress progress = Progress.start(err, mode, this::progressLine)) {
            if (options.warmup() > 0) {
                warmUp(progress);
            }
            return measure(progress);
        } finally {
            stopping = true;
        }
    }

    /**
     * Opens and closes the warm-up sessions in rounds of at most {@code clients} (nicknames
     * numbered after the measured ones; their failures count as errors of the run), then lets the
     * JIT settle. Rounds the size of the measured storm keep the room at the size it will have:
     * one round of 10,000 would cost a room of 10,000 and its N² presence entries.
     */
    private void warmUp(Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        for (int opened = 0; opened < options.warmup(); opened += options.clients()) {
            int round = Math.min(options.clients(), options.warmup() - opened);
            try (SessionPool warm = new SessionPool(target, round, options.nickPrefix(), options.clients() + opened,
                    options.concurrency(), this, errors)) {
                pool = warm;
                warm.openAll(start + options.timeout().toNanos());
            }
            warmedUp = opened + round;
        }
        phase = "settling";
        settle.await();
        progress.note(String.format("connections: warmed up with %d sessions in %s", options.warmup(),
                Format.seconds((System.nanoTime() - start) / 1e9)));
    }

    private ConnectionsResult measure(Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        SessionPool opened = new SessionPool(target, options.clients(), options.nickPrefix(), options.concurrency(),
                this, errors);
        pool = opened;
        phase = "opening";
        measuring = true;
        try (opened) {
            pool.openAll(start + options.timeout().toNanos());
            long openNanos = pool.joined() == 0 ? 0 : pool.lastJoinNanos() - start;
            progress.note(String.format("connections: %d of %d sessions joined in %s (%s joins/s); holding %d s",
                    pool.joined(), options.clients(), Format.seconds(openNanos / 1e9),
                    Format.count(Format.perSecond(pool.joined(), openNanos)), options.hold().toSeconds()));
            phase = "holding";
            hold();
            stopping = true;
            return new ConnectionsResult(options, pool.joined(), pool.failed(), openNanos, pool.setupTimes(),
                    pool.joined() - lost.sum(), errors.snapshot(), errors.examples());
        }
    }

    private void hold() throws InterruptedException {
        long now = System.nanoTime();
        holdEnd = now + options.hold().toNanos();
        while ((now = System.nanoTime()) - holdEnd < 0) {
            Thread.sleep(Math.max(1, Math.min(250, TimeUnit.NANOSECONDS.toMillis(holdEnd - now))));
        }
    }

    @Override
    public void posted(BenchSession session, Posted posted, long receivedNanos) {
        if (measuring) {
            received.increment();
        }
    }

    @Override
    public void other(BenchSession session) {
        if (measuring) {
            received.increment();
        }
    }

    @Override
    public void notice(BenchSession session, Notice notice) {
        if (measuring && !stopping) {
            errors.add("notice:" + notice.code(), session.nick() + ": " + notice.text());
        }
    }

    @Override
    public void ended(BenchSession session, String reason) {
        if (measuring && !stopping) {
            lost.increment();
            errors.add("disconnected", session.nick() + ": " + reason);
        }
    }

    private String progressLine() {
        if (phase.equals("warming up") || phase.equals("settling")) {
            long joined = phase.equals("settling") ? warmedUp : warmedUp + (pool == null ? 0 : pool.joined());
            return String.format("connections: %s  joined %d/%d", phase, joined, options.warmup());
        }
        if (phase.equals("opening")) {
            return String.format("connections: opening  joined %d/%d  failed %d  messages read %s", pool.joined(),
                    options.clients(), pool.failed(), Format.count(received.sum()));
        }
        long left = Math.max(0, TimeUnit.NANOSECONDS.toSeconds(holdEnd - System.nanoTime()));
        return String.format("connections: holding %d sessions, %d s left  lost %d  messages read %s",
                pool.joined() - lost.sum(), left, lost.sum(), Format.count(received.sum()));
    }
}
