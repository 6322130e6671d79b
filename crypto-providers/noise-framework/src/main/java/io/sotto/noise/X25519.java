package io.sotto.noise;

import io.sotto.api.crypto.KeyPair;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The Noise DH function {@code 25519} (Noise section 12.1): X25519 of RFC 7748 on raw 32-byte
 * keys, computed by Bouncy Castle's RFC 7748 code.
 *
 * <p>Why Bouncy Castle and not the JDK's {@code XDH}: the JCA wants key objects built through a
 * KeyFactory for every agreement, which made one X25519 cost 300-500 µs here against about
 * 100 µs for Bouncy Castle's raw-byte functions, and a handshake does three per side: the
 * connection rate of a server is bounded by this (docs/PERFORMANCE.md).
 *
 * <p>Why a class of its own: the key generation that tests can replay (exactly 32 bytes from the
 * given {@link SecureRandom}) and the refusal of an all-zero result live here and nowhere else.
 * All-zero results are refused: they come from low-order peer keys, which would let a peer force
 * a known shared secret. Noise allows either behaviour; this project chooses to refuse.
 * Stateless and thread-safe.
 */
final class X25519 {
    static final int KEY_LENGTH = 32;

    private X25519() {}

    /** GENERATE_KEYPAIR: 32 bytes from {@code random} as the private key, and its public key. */
    static KeyPair generateKeyPair(SecureRandom random) {
        byte[] privateKey = new byte[KEY_LENGTH];
        random.nextBytes(privateKey);
        return new KeyPair(privateKey, publicKey(privateKey));
    }

    /**
     * The public key of a private key: X25519(k, 9).
     *
     * @throws IllegalArgumentException when the private key is not 32 bytes
     */
    static byte[] publicKey(byte[] privateKey) {
        checkLength(privateKey, "private key");
        byte[] publicKey = new byte[KEY_LENGTH];
        org.bouncycastle.math.ec.rfc7748.X25519.scalarMultBase(privateKey, 0, publicKey, 0);
        return publicKey;
    }

    /**
     * DH(private, public): the 32-byte shared secret.
     *
     * @throws InvalidKeyException when the result is all zeros (a low-order public key)
     * @throws IllegalArgumentException when a key is not 32 bytes
     */
    static byte[] dh(byte[] privateKey, byte[] publicKey) throws InvalidKeyException {
        checkLength(privateKey, "private key");
        checkLength(publicKey, "public key");
        byte[] shared = new byte[KEY_LENGTH];
        // calculateAgreement checks for the all-zero result in constant time.
        if (!org.bouncycastle.math.ec.rfc7748.X25519.calculateAgreement(privateKey, 0, publicKey, 0, shared, 0)) {
            throw new InvalidKeyException("X25519 gave an all-zero result (low-order public key)");
        }
        return shared;
    }

    private static void checkLength(byte[] key, String what) {
        Objects.requireNonNull(key, what);
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "an X25519 " + what + " is " + KEY_LENGTH + " bytes, not " + key.length);
        }
    }
}
