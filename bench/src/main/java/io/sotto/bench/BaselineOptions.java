package io.sotto.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What a baseline run does: {@code connections} loopback TCP connections inside this process, a
 * writer per core sending every message to each of its connections, a read loop per core taking
 * them back; paced at {@code rate} messages per second, or as fast as {@code window} allows with
 * {@code batch} messages in each write ({@code rate} 0).
 *
 * @param connections how many connections, each a receiver of every message
 * @param rate messages per second in total, each sent to every connection; 0 is as fast as possible
 * @param size characters of each message's text (the message is a JSON {@code message} object)
 * @param batch as fast as possible: messages in each write to a connection (paced: always 1)
 * @param window as fast as possible: messages in flight (sent, not yet received by every
 *     connection) before the writers wait
 * @param sealed whether each write is sealed with a cipher suite's record cipher and each message
 *     decoded by the reader, or the bytes are only moved
 * @param warmup how long to run before measuring
 * @param measure how long to measure
 */
public record BaselineOptions(
        int connections, int rate, int size, int batch, int window, boolean sealed, Duration warmup, Duration measure) {
    public static final int MAX_CONNECTIONS = 5_000;
    public static final int MAX_RATE = 100_000;
    public static final int MAX_SIZE = 10_000;
    public static final int MAX_BATCH = 1_000;
    public static final int DEFAULT_WINDOW = 500;
    public static final int MAX_WINDOW = 100_000;
    public static final Duration MAX_WARMUP = Duration.ofMinutes(10);
    public static final Duration MAX_MEASURE = Duration.ofHours(1);
    /** The most bytes of messages in one write, so that every connection's read buffer stays small. */
    public static final int MAX_BATCH_CHARS = 1 << 20;

    /** @throws IllegalArgumentException naming the option at fault and its range */
    public BaselineOptions {
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(measure, "measure");
        Limits.check("--connections", connections, 1, MAX_CONNECTIONS);
        Limits.check("--rate", rate, 0, MAX_RATE);
        Limits.check("--size", size, 1, MAX_SIZE);
        Limits.check("--batch", batch, 1, MAX_BATCH);
        Limits.check("--window", window, 1, MAX_WINDOW);
        Limits.check("--warmup", warmup, Duration.ZERO, MAX_WARMUP);
        Limits.check("--seconds", measure, Duration.ofSeconds(1), MAX_MEASURE);
        if (rate > 0 && batch != 1) {
            throw new IllegalArgumentException("--batch is for the as-fast-as-possible mode (--rate 0); a paced"
                    + " message is written on its own");
        }
        if ((long) batch * size > MAX_BATCH_CHARS) {
            throw new IllegalArgumentException("--batch times --size must be at most " + MAX_BATCH_CHARS
                    + " characters, was " + (long) batch * size);
        }
    }
}
