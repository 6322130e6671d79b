package io.sotto.app.protocol;

import java.security.SecureRandom;

/** Hands out fixed bytes as "random" ones, to reproduce a documented exchange. Never for real use. */
final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;
    private int next;

    FixedRandom(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes[next++ % bytes.length];
        }
    }
}
