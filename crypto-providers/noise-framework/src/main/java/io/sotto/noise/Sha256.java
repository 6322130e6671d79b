package io.sotto.noise;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Noise hash function {@code SHA256} (Noise sections 4.3 and 12.4) with HMAC-SHA256 and
 * HKDF.
 *
 * <p>Why one class: HASH, HMAC-HASH and HKDF are one family in Noise, and the handshake needs
 * them all. HKDF is the general one of RFC 5869 (salt, input key material, info, length); the
 * Noise HKDF is its special case with the chaining key as salt and empty info, so the code the
 * handshake runs is the code the RFC 5869 known-answer tests check. Not thread-safe: the JCA
 * instances are reused, one {@code Sha256} per handshake.
 */
final class Sha256 {
    static final int HASH_LENGTH = 32;

    private static final byte[] EMPTY = new byte[0];

    private final MessageDigest digest;
    private final Mac mac;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
            mac = Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256 / HmacSHA256", e);
        }
    }

    /** HASH(a || b). */
    byte[] hash(byte[] a, byte[] b) {
        digest.update(a);
        digest.update(b);
        return digest.digest();
    }

    /** HASH(data). */
    byte[] hash(byte[] data) {
        return digest.digest(data);
    }

    /** HMAC-SHA256(key, a || b); an empty key means the all-zero key, as in RFC 2104 padding. */
    byte[] hmac(byte[] key, byte[] a, byte[] b) {
        try {
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[HASH_LENGTH] : key, "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
        mac.update(a);
        mac.update(b);
        return mac.doFinal();
    }

    /**
     * HKDF of RFC 5869: extract with {@code salt} (empty means HashLen zeros), then expand to
     * {@code length} bytes with {@code info}.
     *
     * @throws IllegalArgumentException when length is negative or above 255 * 32
     */
    byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
        if (length < 0 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 0 to 8160 bytes, not " + length);
        }
        byte[] prk = hmac(salt, ikm, EMPTY);
        byte[] okm = new byte[length];
        byte[] block = EMPTY;
        byte[] infoAndCounter = Arrays.copyOf(info, info.length + 1);
        for (int done = 0, i = 1; done < length; i++) {
            infoAndCounter[info.length] = (byte) i;
            block = hmac(prk, block, infoAndCounter);
            int take = Math.min(HASH_LENGTH, length - done);
            System.arraycopy(block, 0, okm, done, take);
            done += take;
        }
        Arrays.fill(prk, (byte) 0);
        return okm;
    }

    /** Noise's HKDF(chaining_key, input_key_material, num_outputs): num_outputs 32-byte keys. */
    byte[][] noiseHkdf(byte[] chainingKey, byte[] inputKeyMaterial, int outputs) {
        byte[] okm = hkdf(chainingKey, inputKeyMaterial, EMPTY, outputs * HASH_LENGTH);
        byte[][] keys = new byte[outputs][];
        for (int i = 0; i < outputs; i++) {
            keys[i] = Arrays.copyOfRange(okm, i * HASH_LENGTH, (i + 1) * HASH_LENGTH);
        }
        Arrays.fill(okm, (byte) 0);
        return keys;
    }
}
