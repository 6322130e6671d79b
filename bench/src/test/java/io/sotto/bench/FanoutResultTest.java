package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's own CPU in the summary: the arithmetic, and what is shown when it is unknown. */
class FanoutResultTest {
    private static final FanoutOptions OPTIONS =
            new FanoutOptions(10, 100, 2, 100, 0, 500, Duration.ofSeconds(60), 8, "bench-", Duration.ZERO);

    @Test
    void generatorCpuIsGivenInCoresAndPerDelivery() {
        // 1,000 deliveries in 2 s, for which the generator used 1.5 s of CPU.
        FanoutResult result = result(2_000_000_000L, 1_500_000_000L);

        assertEquals(0.75, result.generatorCores(), 1e-9);
        assertEquals(1_500.0, result.generatorCpuMicrosPerDelivery(), 1e-9);
        assertTrue(result.table().contains("generator CPU    0.75 cores, 1500.00 µs per delivery"), result.table());
        assertTrue(result.json().contains("\"generator_cpu_ms\":1500.000,"), result.json());
    }

    @Test
    void anUnknownCpuTimeIsSaidSo() {
        FanoutResult result = result(2_000_000_000L, -1);

        assertEquals(-1, result.generatorCores());
        assertTrue(result.table().contains("generator CPU    unknown"), result.table());
        assertTrue(result.json().contains("\"generator_cpu_us_per_delivery\":-1.000,"), result.json());
    }

    private static FanoutResult result(long elapsedNanos, long cpuNanos) {
        return new FanoutResult(OPTIONS, 10, 2, 1_000_000L, 0, 100, 1_000, 1_000, elapsedNanos, cpuNanos,
                new Histogram(), Map.of(), Map.of(), "complete");
    }
}
