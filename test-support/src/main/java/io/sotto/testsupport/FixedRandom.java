package io.sotto.testsupport;

import java.io.Serial;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A "random" source for tests that hands out given bytes, to reproduce a fixed exchange. Never for
 * real use.
 *
 * <p>{@link #FixedRandom(byte[]...)} hands out the given byte strings in order, each to one
 * request of exactly its size, and fails on any other request; {@link #repeating(byte[])} hands out
 * one byte string over and over, cut to whatever size is asked for.
 */
public final class FixedRandom extends SecureRandom {
    @Serial private static final long serialVersionUID = 1L;

    private final transient Deque<byte[]> values = new ArrayDeque<>();
    private final byte[] repeated;
    private int next;

    /** Hands out {@code values} in order, each to one request of exactly its size. */
    public FixedRandom(byte[]... values) {
        for (byte[] value : values) {
            this.values.add(value.clone());
        }
        this.repeated = null;
    }

    private FixedRandom(byte[] repeated) {
        this.repeated = repeated.clone();
    }

    /** Hands out the bytes of {@code bytes} cyclically, for requests of any size. */
    public static FixedRandom repeating(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("nothing to repeat");
        }
        return new FixedRandom(bytes);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        if (repeated != null) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = repeated[next++ % repeated.length];
            }
            return;
        }
        byte[] value = values.poll();
        if (value == null || value.length != bytes.length) {
            throw new AssertionError("unexpected request for " + bytes.length + " random bytes");
        }
        System.arraycopy(value, 0, bytes, 0, bytes.length);
    }

    /** Whether every given byte string was handed out (always false for a repeating source). */
    public boolean usedUp() {
        return repeated == null && values.isEmpty();
    }
}
