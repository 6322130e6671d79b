package io.sotto.noise;

import java.security.InvalidKeyException;
import java.security.SecureRandom;

/**
 * A key encapsulation mechanism, as the hfs tokens need it (the KEM functions of "KEM-based Hybrid
 * Forward Secrecy for Noise", section 3). Implemented by a provider (ML-KEM-768 in {@code
 * io.sotto.crypto.pqhybrid}); this library stays free of any KEM code.
 *
 * <p>The handshake calls it like this: the {@code e1} writer calls {@link
 * #generateKeyPair(SecureRandom)} and sends the encapsulation key; the {@code e1} reader checks it
 * with {@link #checkEncapsulationKey(byte[])}; the {@code ekem1} writer calls {@link
 * #encapsulate(byte[], SecureRandom)}, sends the ciphertext and mixes the shared secret into the
 * keys; the {@code ekem1} reader gets the same secret from {@link DecapsulationKey#decapsulate}.
 * Implementations must be stateless and thread-safe; all randomness must come from the
 * {@code SecureRandom} passed in, so that tests can replay a handshake.
 */
public interface Kem {

    /** The name in a Noise protocol name, after the plus sign: {@code 25519+NAME}. */
    String name();

    /** KEMPUBLICKEYLEN: the length of an encoded encapsulation (public) key. */
    int encapsulationKeyLength();

    /** KEMCIPHERTEXTLEN: the length of a ciphertext. */
    int ciphertextLength();

    /** GENERATE_KEM_KEYPAIR(), drawing its randomness from {@code random}. */
    DecapsulationKey generateKeyPair(SecureRandom random);

    /**
     * Checks a received encapsulation key, so that a malformed one is refused by the side that
     * reads it rather than later.
     *
     * @throws InvalidKeyException when it is not a valid key of this KEM (wrong length, not
     *     reduced, ...)
     */
    void checkEncapsulationKey(byte[] encapsulationKey) throws InvalidKeyException;

    /**
     * GENERATE_KEM_CIPHERTEXT(public_key), drawing its randomness from {@code random}.
     *
     * @throws InvalidKeyException when the key is not a valid key of this KEM
     */
    Encapsulation encapsulate(byte[] encapsulationKey, SecureRandom random) throws InvalidKeyException;

    /** A fresh KEM key pair: the public half to send, the private half kept inside. */
    interface DecapsulationKey {

        /** The encoded encapsulation (public) key, {@link #encapsulationKeyLength()} bytes. */
        byte[] encapsulationKey();

        /**
         * KEM(key_pair, ciphertext): the shared secret. A KEM with implicit rejection gives a
         * pseudo-random secret for a forged ciphertext rather than an error.
         *
         * @throws IllegalArgumentException when the ciphertext does not have the KEM's length
         */
        byte[] decapsulate(byte[] ciphertext);
    }

    /** A ciphertext to send and the shared secret it carries. */
    record Encapsulation(byte[] ciphertext, byte[] sharedSecret) {}
}
