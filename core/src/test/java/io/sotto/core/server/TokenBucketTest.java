package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenTheRate() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertTrue(bucket.tryTake(0), "burst frame " + i);
        }
        assertFalse(bucket.tryTake(0), "over the burst");
        assertTrue(bucket.tryTake(SECOND / 10), "one token after a tenth of a second");
        assertFalse(bucket.tryTake(SECOND / 10));
    }

    @Test
    void neverStoresMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 3, 0);
        long later = 60 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.tryTake(later));
        }
        assertFalse(bucket.tryTake(later));
    }
}
