package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;

/**
 * Where Jackson's parsers and generators get their working buffers (a set of about 16 KiB).
 *
 * <p>Jackson's default keeps one set per thread. That suits platform threads, which are few and
 * long-lived, and is the fastest. It does not suit virtual threads: the server reads each
 * connection on a virtual thread of its own, so every connection that ever decoded a message kept
 * a set for as long as it stayed open (more than all its other state together), and every
 * short-lived virtual thread that encoded something made a new set. Virtual threads therefore
 * share a small pool: encoding and decoding never block, so no more sets are in use at once than
 * there are carrier threads; a burst beyond the pool's size makes sets that are garbage after
 * use instead of being kept.
 */
final class BufferPools implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    /** The one pool every codec uses. */
    static final BufferPools INSTANCE = new BufferPools();

    private static final RecyclerPool<BufferRecycler> SHARED =
            JsonRecyclerPools.newBoundedPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    private static final RecyclerPool<BufferRecycler> PER_THREAD = JsonRecyclerPools.threadLocalPool();

    private BufferPools() {}

    @Override
    public BufferRecycler acquirePooled() {
        return Thread.currentThread().isVirtual() ? SHARED.acquirePooled() : PER_THREAD.acquirePooled();
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
        // A thread never changes kind between taking a set and giving it back; a platform thread's
        // set simply stays with it.
        if (Thread.currentThread().isVirtual()) {
            SHARED.releasePooled(recycler);
        }
    }
}
