package io.sotto.bench;

/**
 * Counts non-negative values (latencies in nanoseconds) in log-spaced buckets, like an HDR
 * histogram with two significant digits: values below 256 are exact, larger ones fall in one of
 * 128 buckets per power of two, so a percentile is off by less than 1/128 (0.8 %) of the value.
 * The exact minimum, maximum and mean are kept beside the buckets.
 *
 * <p>One writer: a fan-out run gives each session's reader a histogram of its own, so recording
 * a delivery costs a few plain increments rather than atomic operations on counters every reader
 * shares, and {@link #add} gathers them at the end. Buckets are made a power of two at a time as
 * values reach them (1 KiB each), so a histogram of a run whose latencies span a few powers of two
 * stays small even with thousands of sessions.
 */
public final class Histogram {
    /** log2 of the buckets per power of two. */
    private static final int SUB_BITS = 7;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    /** Values below this have a bucket of their own. */
    private static final long EXACT_BELOW = 2L * SUB_BUCKETS;
    private static final int BUCKETS = index(Long.MAX_VALUE) + 1;

    /** Bucket counts in blocks of {@link #SUB_BUCKETS}, each made when first needed. */
    private final long[][] blocks = new long[(BUCKETS >>> SUB_BITS) + 1][];
    private long count;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** Records one value; a negative one (a clock step) counts as 0. */
    public void record(long value) {
        long v = Math.max(0, value);
        add(index(v), 1);
        count++;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    /** Adds everything {@code other} recorded to this one. */
    public void add(Histogram other) {
        for (int b = 0; b < other.blocks.length; b++) {
            long[] block = other.blocks[b];
            for (int i = 0; block != null && i < SUB_BUCKETS; i++) {
                if (block[i] != 0) {
                    add((b << SUB_BITS) + i, block[i]);
                }
            }
        }
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private void add(int index, long n) {
        long[] block = blocks[index >>> SUB_BITS];
        if (block == null) {
            block = new long[SUB_BUCKETS];
            blocks[index >>> SUB_BITS] = block;
        }
        block[index & (SUB_BUCKETS - 1)] += n;
    }

    private long countAt(int index) {
        long[] block = blocks[index >>> SUB_BITS];
        return block == null ? 0 : block[index & (SUB_BUCKETS - 1)];
    }

    /** How many values were recorded. */
    public long count() {
        return count;
    }

    /** The smallest value recorded, or 0 when none was. */
    public long min() {
        return count == 0 ? 0 : min;
    }

    /** The largest value recorded, or 0 when none was. */
    public long max() {
        return count == 0 ? 0 : max;
    }

    /** The mean of the values recorded, or 0 when none was. */
    public double mean() {
        return count == 0 ? 0 : (double) sum / count;
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
        long n = count;
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += countAt(i);
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
