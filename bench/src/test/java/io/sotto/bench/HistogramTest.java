package io.sotto.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void percentilesOfOneToOneHundredThousandAreWithinOnePercent() {
        Histogram h = new Histogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v);
        }
        assertEquals(100_000, h.count());
        assertEquals(1, h.min());
        assertEquals(100_000, h.max());
        assertEquals(50_000.5, h.mean(), 1e-9);
        assertWithin(50_000, h.percentile(50));
        assertWithin(90_000, h.percentile(90));
        assertWithin(99_000, h.percentile(99));
        assertWithin(99_900, h.percentile(99.9));
        assertEquals(100_000, h.percentile(100));
        assertEquals(1, h.percentile(0));
    }

    @Test
    void smallValuesAreExact() {
        Histogram h = new Histogram();
        for (int v : new int[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3}) {
            h.record(v);
        }
        // Sorted: 1 1 2 3 3 4 5 5 6 9; nearest rank.
        assertEquals(3, h.percentile(50));
        assertEquals(6, h.percentile(90));
        assertEquals(9, h.percentile(99));
        assertEquals(1, h.min());
    }

    @Test
    void aFewSlowOnesShowInTheTailOnly() {
        Histogram h = new Histogram();
        for (int i = 0; i < 990; i++) {
            h.record(1_000_000); // 1 ms
        }
        for (int i = 0; i < 10; i++) {
            h.record(250_000_000); // 250 ms
        }
        assertWithin(1_000_000, h.percentile(50));
        assertWithin(1_000_000, h.percentile(99));
        assertWithin(250_000_000, h.percentile(99.1));
        assertEquals(250_000_000, h.max());
    }

    @Test
    void addMergesCountsAndExtremes() {
        Histogram a = new Histogram();
        Histogram b = new Histogram();
        for (long v = 1; v <= 500; v++) {
            a.record(v);
            b.record(v + 500);
        }
        a.add(b);
        assertEquals(1000, a.count());
        assertEquals(1, a.min());
        assertEquals(1000, a.max());
        assertWithin(500, a.percentile(50));
    }

    @Test
    void emptyAndNegative() {
        Histogram h = new Histogram();
        assertEquals(0, h.percentile(99));
        assertEquals(0, h.max());
        h.record(-5);
        assertEquals(0, h.max());
        assertThrows(IllegalArgumentException.class, () -> h.percentile(101));
    }

    @Test
    void bucketsAreContiguousAndTight() {
        long previousTop = -1;
        for (int i = 0; i < Histogram.index(Long.MAX_VALUE); i++) {
            long top = Histogram.highestIn(i);
            assertEquals(i, Histogram.index(top), "top of bucket " + i);
            assertEquals(i, Histogram.index(previousTop + 1), "bottom of bucket " + i);
            long width = top - previousTop;
            assertTrue(width == 1 || width <= (previousTop + 1) / 128 + 1, "bucket " + i + " is too wide: " + width);
            previousTop = top;
        }
        assertEquals(Long.MAX_VALUE, Histogram.highestIn(Histogram.index(Long.MAX_VALUE)));
    }

    private static void assertWithin(long expected, long actual) {
        assertTrue(Math.abs(actual - expected) <= expected / 100, "expected about " + expected + ", was " + actual);
    }
}
