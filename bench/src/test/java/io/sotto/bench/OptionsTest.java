package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OptionsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void sensibleFanoutOptionsPass() {
        assertDoesNotThrow(() -> new FanoutOptions(500, 100_000, 10, 100, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        assertDoesNotThrow(() -> new FanoutOptions(1, 1, 1, 48, 200, 1, MINUTE, 1, "b", Duration.ZERO));
    }

    @Test
    void fanoutOptionsOutOfRangeNameTheOption() {
        refused("--clients", () -> new FanoutOptions(0, 10, 1, 100, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--clients", () -> new FanoutOptions(FanoutOptions.MAX_CLIENTS + 1, 10, 1, 100, 0, 500, MINUTE, 64, "b-", Duration.ZERO));
        refused("--messages", () -> new FanoutOptions(5, 0, 1, 100, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--senders", () -> new FanoutOptions(5, 10, 6, 100, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--size", () -> new FanoutOptions(5, 10, 1, 47, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--size", () -> new FanoutOptions(5, 10, 1, 16_001, 0, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--rate", () -> new FanoutOptions(5, 10, 1, 100, -1, 500, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--window", () -> new FanoutOptions(5, 10, 1, 100, 0, 0, MINUTE, 64, "bench-", Duration.ZERO));
        refused("--timeout", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, Duration.ofHours(2), 64, "bench-", Duration.ZERO));
        refused("--concurrency", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, MINUTE, 0, "bench-", Duration.ZERO));
        refused("--nick-prefix", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, MINUTE, 64, "a b", Duration.ZERO));
        refused("--nick-prefix", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, MINUTE, 64, "x".repeat(29), Duration.ZERO));
        refused("--warmup", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, MINUTE, 64, "bench-", Duration.ofSeconds(-1)));
        refused("--warmup", () -> new FanoutOptions(5, 10, 1, 100, 0, 500, MINUTE, 64, "bench-", Duration.ofHours(1)));
    }

    @Test
    void connectionsOptionsAreBounded() {
        assertDoesNotThrow(() -> new ConnectionsOptions(10_000, Duration.ofSeconds(30), MINUTE, 64, "bench-"));
        refused("--clients", () -> new ConnectionsOptions(100_001, Duration.ZERO, MINUTE, 64, "bench-"));
        refused("--hold", () -> new ConnectionsOptions(10, Duration.ofHours(2), MINUTE, 64, "bench-"));
        refused("--hold", () -> new ConnectionsOptions(10, Duration.ofSeconds(-1), MINUTE, 64, "bench-"));
        refused("--warmup-sessions", () -> new ConnectionsOptions(10, Duration.ZERO, MINUTE, 64, "bench-", -1));
        assertEquals(100, ConnectionsOptions.defaultWarmup(10));
        assertEquals(20_000, ConnectionsOptions.defaultWarmup(2_000));
        assertEquals(20_000, ConnectionsOptions.defaultWarmup(100_000));
    }

    @Test
    void defaultSendersIsEveryClientUpToTen() {
        assertEquals(1, FanoutOptions.defaultSenders(1));
        assertEquals(7, FanoutOptions.defaultSenders(7));
        assertEquals(10, FanoutOptions.defaultSenders(500));
    }

    @Test
    void nicknamesArePaddedNumbers() {
        assertEquals("bench-0001", SessionPool.nick("bench-", 0));
        assertEquals("bench-10000", SessionPool.nick("bench-", 9_999));
    }

    @Test
    void payloadCarriesItsSendTimeAndHasTheAskedLength() {
        Payload payload = new Payload("c0ffee01");
        for (long nanos : new long[] {0, 123_456_789_012L, -987_654_321L, Long.MAX_VALUE}) {
            String text = payload.text(42, nanos, 100);
            assertEquals(100, text.length());
            assertEquals(nanos, payload.sentNanos(text));
        }
        assertEquals(Long.MIN_VALUE, new Payload("deadbeef").sentNanos(payload.text(1, 5, 60)));
        assertEquals(Long.MIN_VALUE, payload.sentNanos("hello there"));
        assertThrows(IllegalArgumentException.class, () -> payload.text(1, Long.MIN_VALUE + 1, 20));
    }

    private static void refused(String option, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(option), e.getMessage());
    }
}
