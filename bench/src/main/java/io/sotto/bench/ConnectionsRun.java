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
 */
public final class ConnectionsRun implements SessionListener {
    private final BenchTarget target;
    private final ConnectionsOptions options;
    private final ErrorCounts errors = new ErrorCounts();
    private final LongAdder lost = new LongAdder();
    private final LongAdder received = new LongAdder();
    private volatile String phase = "opening";
    private volatile long holdEnd;
    private volatile boolean stopping;
    private SessionPool pool;

    private ConnectionsRun(BenchTarget target, ConnectionsOptions options) {
        this.target = target;
        this.options = options;
    }

    /** Runs the benchmark and closes every session it opened. */
    public static ConnectionsResult run(BenchTarget target, ConnectionsOptions options, Progress.Mode mode,
            PrintWriter progress) throws InterruptedException {
        return new ConnectionsRun(target, options).run(mode, progress);
    }

    private ConnectionsResult run(Progress.Mode mode, PrintWriter err) throws InterruptedException {
        long start = System.nanoTime();
        SessionPool opened = new SessionPool(target, options.clients(), options.nickPrefix(), options.concurrency(),
                this, errors);
        pool = opened;
        try (Progress progress = Progress.start(err, mode, this::progressLine); opened) {
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
        } finally {
            stopping = true;
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
        received.increment();
    }

    @Override
    public void other(BenchSession session) {
        received.increment();
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
            lost.increment();
            errors.add("disconnected", session.nick() + ": " + reason);
        }
    }

    private String progressLine() {
        if (phase.equals("opening")) {
            return String.format("connections: opening  joined %d/%d  failed %d  messages read %s", pool.joined(),
                    options.clients(), pool.failed(), Format.count(received.sum()));
        }
        long left = Math.max(0, TimeUnit.NANOSECONDS.toSeconds(holdEnd - System.nanoTime()));
        return String.format("connections: holding %d sessions, %d s left  lost %d  messages read %s",
                pool.joined() - lost.sum(), left, lost.sum(), Format.count(received.sum()));
    }
}
