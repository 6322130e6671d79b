package io.sotto.api.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A raw key pair, as the suite's key agreement encodes it (32 bytes each for X25519). The arrays
 * are copied in and out, so a KeyPair never changes.
 */
public final class KeyPair {
    private final byte[] privateKey;
    private final byte[] publicKey;

    public KeyPair(byte[] privateKey, byte[] publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey").clone();
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
    }

    public byte[] privateKey() {
        return privateKey.clone();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPair that
                && Arrays.equals(privateKey, that.privateKey)
                && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    /** Shows no key material. */
    @Override
    public String toString() {
        return "KeyPair[" + publicKey.length + "-byte public key]";
    }
}
