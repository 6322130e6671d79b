package io.sotto.core.server;

/**
 * A per-client rate limit: {@code ratePerSecond} tokens flow in, at most {@code burst} are kept,
 * each frame takes one. Used by a single reader thread, so it needs no locking.
 */
final class TokenBucket {
    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long last;

    TokenBucket(int ratePerSecond, int burst, long nowNanos) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
        this.last = nowNanos;
    }

    /** Takes a token if one is there. */
    boolean tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * ratePerNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
