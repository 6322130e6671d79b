package io.sotto.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts non-negative values (latencies in nanoseconds) in log-spaced buckets, like an HDR
 * histogram with two significant digits: values below 256 are exact, larger ones fall in one of
 * 128 buckets per power of two, so a percentile is off by less than 1/128 (0.8 %) of the value.
 * The exact minimum, maximum and mean are kept beside the buckets.
 *
 * <p>Safe for many recording threads; memory is fixed (about 60 KB) whatever is recorded. Readers
 * of a busy benchmark record into a few of these (stripes) and {@link #add} them up at the end.
 */
public final class Histogram {
    /** log2 of the buckets per power of two. */
    private static final int SUB_BITS = 7;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    /** Values below this have a bucket of their own. */
    private static final long EXACT_BELOW = 2L * SUB_BUCKETS;
    private static final int BUCKETS = index(Long.MAX_VALUE) + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final AtomicLong min = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong max = new AtomicLong(Long.MIN_VALUE);

    /** Records one value; a negative one (a clock step) counts as 0. */
    public void record(long value) {
        long v = Math.max(0, value);
        counts.incrementAndGet(index(v));
        count.increment();
        sum.add(v);
        if (v < min.get()) {
            min.accumulateAndGet(v, Math::min);
        }
        if (v > max.get()) {
            max.accumulateAndGet(v, Math::max);
        }
    }

    /** Adds everything {@code other} recorded to this one. */
    public void add(Histogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            long c = other.counts.get(i);
            if (c != 0) {
                counts.addAndGet(i, c);
            }
        }
        count.add(other.count.sum());
        sum.add(other.sum.sum());
        min.accumulateAndGet(other.min.get(), Math::min);
        max.accumulateAndGet(other.max.get(), Math::max);
    }

    /** How many values were recorded. */
    public long count() {
        return count.sum();
    }

    /** The smallest value recorded, or 0 when none was. */
    public long min() {
        return count() == 0 ? 0 : min.get();
    }

    /** The largest value recorded, or 0 when none was. */
    public long max() {
        return count() == 0 ? 0 : max.get();
    }

    /** The mean of the values recorded, or 0 when none was. */
    public double mean() {
        long n = count();
        return n == 0 ? 0 : (double) sum.sum() / n;
    }

    /**
     * The value below or at which {@code percent} % of the recorded values lie (nearest rank),
     * given as the top of its bucket but never above the maximum; 0 when nothing was recorded.
     *
     * @param percent 0 to 100
     */
    public long percentile(double percent) {
        if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
            throw new IllegalArgumentException("a percentile is between 0 and 100, not " + percent);
        }
        long n = count();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.max(min(), Math.min(highestIn(i), max()));
            }
        }
        return max();
    }

    /** The bucket of a non-negative value. */
    static int index(long value) {
        if (value < EXACT_BELOW) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        int shift = exponent - SUB_BITS;
        long mantissa = value >>> shift;
        return (shift << SUB_BITS) + (int) mantissa;
    }

    /** The largest value that falls in bucket {@code index}. */
    static long highestIn(int index) {
        if (index < EXACT_BELOW) {
            return index;
        }
        int shift = (index >>> SUB_BITS) - 1;
        long mantissa = (index & (SUB_BUCKETS - 1)) + SUB_BUCKETS;
        long next = (mantissa + 1) << shift;
        return next <= 0 ? Long.MAX_VALUE : next - 1;
    }
}
