package io.sotto.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What a fan-out run does: {@code clients} sessions join the room, then {@code senders} of them
 * post {@code messages} in total, as fast as the window allows ({@code rate} 0) or paced at
 * {@code rate} messages per second in total.
 *
 * @param clients sessions in the room, 1 to {@value #MAX_CLIENTS}; every one of them receives
 *     every message (the server relays to the sender too)
 * @param messages messages posted in total, 1 to {@value #MAX_MESSAGES}
 * @param senders how many of the sessions post, 1 to {@code clients}
 * @param size the length of each message's text in characters (ASCII, so also bytes), {@value
 *     #MIN_SIZE} to {@value #MAX_SIZE}: a timestamp and sequence number, padded
 * @param rate messages per second in total, 0 for as fast as possible
 * @param window in the as-fast-as-possible mode, how many messages may be in flight (sent but not
 *     yet received by every session) before senders wait; keeps the server's per-client queues
 *     bounded so a run measures throughput rather than the too-slow cut-off
 * @param timeout the longest the whole run may take (connecting included); then it stops and
 *     reports what it has
 * @param concurrency sessions in setup (connect, handshake, join) at the same time
 * @param nickPrefix the start of each session's nickname, e.g. {@code bench-} gives bench-0001
 * @param warmup how long to send, in the same mode, before the measurement starts; those
 *     messages are delivered and checked but not counted, so the numbers are of a server (and a
 *     generator) whose hot paths the JIT has compiled, not of their first seconds; zero skips it
 */
public record FanoutOptions(
        int clients,
        long messages,
        int senders,
        int size,
        int rate,
        int window,
        Duration timeout,
        int concurrency,
        String nickPrefix,
        Duration warmup) {

    public static final int MAX_CLIENTS = 20_000;
    public static final long MAX_MESSAGES = 10_000_000;
    public static final int MIN_SIZE = 48;
    public static final int MAX_SIZE = 16_000;
    public static final int MAX_RATE = 1_000_000;
    public static final int MAX_WINDOW = 100_000;
    public static final int MAX_CONCURRENCY = 1_000;
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    public static final Duration MAX_WARMUP = Duration.ofMinutes(10);

    public static final int DEFAULT_SIZE = 100;
    public static final int DEFAULT_WINDOW = 500;
    public static final int DEFAULT_CONCURRENCY = 64;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final String DEFAULT_NICK_PREFIX = "bench-";
    public static final int DEFAULT_WARMUP_SECONDS = 5;

    /**
     * Checks every value against its range.
     *
     * @throws IllegalArgumentException naming the option at fault and its range
     */
    public FanoutOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(nickPrefix, "nickPrefix");
        Objects.requireNonNull(warmup, "warmup");
        Limits.check("--clients", clients, 1, MAX_CLIENTS);
        Limits.check("--messages", messages, 1, MAX_MESSAGES);
        Limits.check("--senders", senders, 1, clients);
        Limits.check("--size", size, MIN_SIZE, MAX_SIZE);
        Limits.check("--rate", rate, 0, MAX_RATE);
        Limits.check("--window", window, 1, MAX_WINDOW);
        Limits.check("--timeout", timeout, Duration.ofSeconds(1), MAX_TIMEOUT);
        Limits.check("--concurrency", concurrency, 1, MAX_CONCURRENCY);
        Limits.checkNickPrefix(nickPrefix, clients);
        Limits.check("--warmup", warmup, Duration.ZERO, MAX_WARMUP);
    }

    /** The default number of senders: every client up to ten. */
    public static int defaultSenders(int clients) {
        return Math.max(1, Math.min(clients, 10));
    }
}
