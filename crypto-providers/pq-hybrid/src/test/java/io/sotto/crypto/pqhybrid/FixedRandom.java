package io.sotto.crypto.pqhybrid;

import java.io.Serial;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;

/** A "random" source that hands out given byte strings, in order, each to one exact-size request. */
final class FixedRandom extends SecureRandom {
    @Serial private static final long serialVersionUID = 1L;

    private final transient Deque<byte[]> values = new ArrayDeque<>();

    FixedRandom(byte[]... values) {
        for (byte[] value : values) {
            this.values.add(value.clone());
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        byte[] next = values.poll();
        if (next == null || next.length != bytes.length) {
            throw new AssertionError("unexpected request for " + bytes.length + " random bytes");
        }
        System.arraycopy(next, 0, bytes, 0, bytes.length);
    }

    boolean usedUp() {
        return values.isEmpty();
    }
}
