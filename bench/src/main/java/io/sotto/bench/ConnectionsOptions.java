package io.sotto.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What a connections run does: opens {@code clients} joined sessions, as fast as {@code
 * concurrency} allows, holds them for {@code hold}, then closes them.
 *
 * @param clients sessions to open, 1 to {@value #MAX_CLIENTS}
 * @param hold how long to keep them open once all attempts have ended, 0 to 1 hour; quiet
 *     sessions ping every 30 s so the server's idle timeout does not cut them
 * @param timeout the longest the opening may take; sessions not attempted by then count as errors
 * @param concurrency sessions in setup (connect, handshake, join) at the same time
 * @param nickPrefix the start of each session's nickname
 * @param warmup sessions opened and closed before the measured ones, 0 to {@value #MAX_CLIENTS}, so that
 *     both sides run compiled code when the clock starts; numbered after the measured sessions and
 *     opened in rounds of {@code clients}
 */
public record ConnectionsOptions(
        int clients, Duration hold, Duration timeout, int concurrency, String nickPrefix, int warmup) {
    public static final int MAX_CLIENTS = 100_000;
    public static final Duration MAX_HOLD = Duration.ofHours(1);
    public static final Duration DEFAULT_HOLD = Duration.ofSeconds(5);
    /**
     * The most warm-up sessions opened by default. Code run once per session (the handshake's
     * outer layers, hello, join) reaches the JIT's last tier only after thousands of sessions: a
     * server warmed with 4,000 sessions still compiled ~95 methods (4 s of C2 time) during a
     * 2,000-session storm, one warmed with 20,000 five (docs/PERFORMANCE.md).
     */
    public static final int MAX_DEFAULT_WARMUP = 20_000;
    /** The default warm-up is this many times the measured sessions, up to {@link #MAX_DEFAULT_WARMUP}. */
    public static final int DEFAULT_WARMUP_ROUNDS = 10;

    /** @throws IllegalArgumentException naming the option at fault and its range */
    public ConnectionsOptions {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(nickPrefix, "nickPrefix");
        Limits.check("--clients", clients, 1, MAX_CLIENTS);
        Limits.check("--hold", hold, Duration.ZERO, MAX_HOLD);
        Limits.check("--timeout", timeout, Duration.ofSeconds(1), FanoutOptions.MAX_TIMEOUT);
        Limits.check("--concurrency", concurrency, 1, FanoutOptions.MAX_CONCURRENCY);
        Limits.check("--warmup-sessions", warmup, 0, MAX_CLIENTS);
        Limits.checkNickPrefix(nickPrefix, clients + warmup);
    }

    /** The warm-up when none is asked for: ten times the measured sessions, at most {@value #MAX_DEFAULT_WARMUP}. */
    public static int defaultWarmup(int clients) {
        return (int) Math.min((long) DEFAULT_WARMUP_ROUNDS * clients, MAX_DEFAULT_WARMUP);
    }

    /** Without a warm-up: the clock starts with the first session of a fresh generator. */
    public ConnectionsOptions(int clients, Duration hold, Duration timeout, int concurrency, String nickPrefix) {
        this(clients, hold, timeout, concurrency, nickPrefix, 0);
    }
}
