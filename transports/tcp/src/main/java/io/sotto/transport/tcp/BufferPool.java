package io.sotto.transport.tcp;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small lock-free pool of equally sized byte arrays, shared by all connections of the process.
 *
 * <p>Send buffers are borrowed only for the duration of one {@code send} call, so a connection
 * holds no write buffer while it is idle. When the pool is empty, {@link #take(int)} allocates an
 * array just big enough for the caller, which is then garbage after use: memory stays bounded by
 * the number of sends in flight, never by the number of connections.
 */
final class BufferPool {

    private final int bufferSize;
    private final AtomicReferenceArray<byte[]> slots;
    /** Full-size buffers made so far; the pool fills lazily up to one per slot. */
    private final AtomicInteger created = new AtomicInteger();

    BufferPool(int slots, int bufferSize) {
        if (slots < 1 || bufferSize < 1) {
            throw new IllegalArgumentException("slots and bufferSize must be positive");
        }
        this.bufferSize = bufferSize;
        this.slots = new AtomicReferenceArray<>(slots);
    }

    int bufferSize() {
        return bufferSize;
    }

    /**
     * Borrows a pooled buffer. When none is free, makes a full-size one while the pool has not
     * yet made one per slot, and otherwise a throw-away one of {@code min(wanted, bufferSize)}
     * bytes (at least 1).
     */
    byte[] take(int wanted) {
        int n = slots.length();
        int start = start(n);
        for (int i = 0; i < n; i++) {
            int slot = (start + i) % n;
            byte[] b = slots.get(slot);
            if (b != null && slots.compareAndSet(slot, b, null)) {
                return b;
            }
        }
        if (created.get() < n && created.incrementAndGet() <= n) {
            return new byte[bufferSize];
        }
        return new byte[Math.max(1, Math.min(wanted, bufferSize))];
    }

    /** Returns a buffer; buffers of another size, or beyond the pool's capacity, are dropped. */
    void give(byte[] b) {
        if (b.length != bufferSize) {
            return;
        }
        int n = slots.length();
        int start = start(n);
        for (int i = 0; i < n; i++) {
            int slot = (start + i) % n;
            if (slots.get(slot) == null && slots.compareAndSet(slot, null, b)) {
                return;
            }
        }
    }

    private static int start(int n) {
        return (int) (Thread.currentThread().threadId() % n);
    }
}
