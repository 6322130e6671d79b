package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void loopbackAddressesAndLocalhostPass() throws Exception {
        for (String host : List.of("localhost", "LOCALHOST", "127.0.0.1", "127.45.6.7", "::1", "[::1]")) {
            assertTrue(Loopback.isLoopback(host), host);
            assertDoesNotThrow(() -> Loopback.check(host, false));
        }
    }

    @Test
    void otherAddressesAreRefusedWithTheWayOut() throws Exception {
        for (String host : List.of("10.0.0.1", "192.168.1.20", "8.8.8.8", "0.0.0.0", "2001:db8::1", "[2001:db8::1]")) {
            assertFalse(Loopback.isLoopback(host), host);
            IllegalArgumentException refusal =
                    assertThrows(IllegalArgumentException.class, () -> Loopback.check(host, false));
            assertTrue(refusal.getMessage().contains("--allow-remote"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("not this machine's loopback"), refusal.getMessage());
        }
    }

    @Test
    void allowRemoteLetsAnyTargetThrough() {
        assertDoesNotThrow(() -> Loopback.check("8.8.8.8", true));
    }

    @Test
    void targetsAreCheckedWhenResolved() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> BenchTarget.resolve("tcp://10.1.2.3:7420", BenchFixtures.transports(), BenchFixtures.suites(),
                        BenchFixtures.serializers(), java.time.Duration.ofSeconds(5), false));
        assertTrue(refusal.getMessage().contains("10.1.2.3"), refusal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchTarget.resolve("quic://127.0.0.1:7420",
                BenchFixtures.transports(), BenchFixtures.suites(), BenchFixtures.serializers(),
                java.time.Duration.ofSeconds(5), false));
    }
}
