package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where Jackson's parsers and generators get their working buffers (a set of about 16 KiB).
 *
 * <p>Jackson's default keeps one set per thread. That suits platform threads, which are few and
 * long-lived, and is the fastest. It does not suit virtual threads: the server reads each
 * connection on a virtual thread of its own, so every connection that ever decoded a message kept
 * a set for as long as it stayed open (more than all its other state together), and every
 * short-lived virtual thread that encoded something made a new set. Virtual threads therefore
 * share a pool: encoding and decoding never block, so no more sets are in use at once than
 * there are carrier threads, and the pool holds about that many. It is Jackson's lock-free pool
 * (a compare-and-set stack), {@value #STRIPES} of them, chosen by the virtual thread's id: a
 * bounded pool behind a lock cost the load generator 7% of its time with 500 sessions decoding on
 * two carriers, and one lock-free stack still cost it a fifth (its head, taken and put back for
 * every message, moved between the two cores: `ParserBase.close` 11.8% and `createParser` 8.1% of
 * its samples in a fan-out run; 4.3% and 4.9% with stripes). A stripe holds the sets its threads
 * used at once, so the pool holds a few sets more than a single stack would.
 */
final class BufferPools implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    /** The one pool every codec uses. */
    static final BufferPools INSTANCE = new BufferPools();

    /** A power of two, a few times the number of cores: two threads at work rarely share one. */
    static final int STRIPES = 8;
    private static final List<RecyclerPool<BufferRecycler>> SHARED =
            Stream.<RecyclerPool<BufferRecycler>>generate(JsonRecyclerPools::newLockFreePool).limit(STRIPES).toList();
    private static final RecyclerPool<BufferRecycler> PER_THREAD = JsonRecyclerPools.threadLocalPool();

    private BufferPools() {}

    /**
     * Each set is linked to the pool it came from, not to this one: a shared set goes back to its
     * stripe when its parser or generator closes, and a platform thread's own set is not
     * linked at all, as with Jackson's default (so that two parsers open at once on one thread
     * may both use it).
     */
    @Override
    public BufferRecycler acquireAndLinkPooled() {
        return poolOfThisThread().acquireAndLinkPooled();
    }

    @Override
    public BufferRecycler acquirePooled() {
        return poolOfThisThread().acquirePooled();
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
        poolOfThisThread().releasePooled(recycler);
    }

    private static RecyclerPool<BufferRecycler> poolOfThisThread() {
        Thread thread = Thread.currentThread();
        return thread.isVirtual() ? SHARED.get((int) thread.threadId() & (STRIPES - 1)) : PER_THREAD;
    }
}
