package io.sotto.noise;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key of a Noise cipher function (Noise section 5.1 ENCRYPT/DECRYPT): a JCA AEAD cipher bound
 * to a 32-byte key, with a 16-byte tag.
 *
 * <p>Why: records are sealed millions of times per second, so the {@link Cipher} instance is made
 * once per key and only re-initialised per message with the new nonce; output goes straight into
 * the caller's buffer. Subclasses say only how a counter becomes a 12-byte nonce and which JCA
 * parameters carry it. Not thread-safe: one per direction of one session.
 */
abstract sealed class Aead permits AesGcm, ChaChaPoly {
    static final int KEY_LENGTH = 32;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;

    private final Cipher cipher;
    private final SecretKeySpec key;
    private final byte[] counterNonce = new byte[NONCE_LENGTH];

    Aead(String transformation, String keyAlgorithm, byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("a cipher key is 32 bytes, not " + key.length);
        }
        try {
            this.cipher = Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + transformation, e);
        }
        this.key = new SecretKeySpec(key, keyAlgorithm);
    }

    /** Writes the Noise nonce for counter {@code n} into {@code nonce} (12 bytes). */
    abstract void encodeNonce(long n, byte[] nonce);

    /** The JCA parameters that carry {@code nonce} and a 16-byte tag. */
    abstract AlgorithmParameterSpec parameters(byte[] nonce);

    /** ENCRYPT(k, n, ad, plaintext) into {@code out}; returns {@code length + 16}. */
    final int encrypt(long n, byte[] ad, byte[] in, int offset, int length, byte[] out, int outOffset) {
        encodeNonce(n, counterNonce);
        return encrypt(counterNonce, ad, in, offset, length, out, outOffset);
    }

    /** DECRYPT(k, n, ad, ciphertext): the plaintext, or AEADBadTagException. */
    final byte[] decrypt(long n, byte[] ad, byte[] in, int offset, int length) throws AEADBadTagException {
        encodeNonce(n, counterNonce);
        return decrypt(counterNonce, ad, in, offset, length);
    }

    /** Encrypts with an explicit 12-byte nonce (the counter form above, and known-answer tests). */
    final int encrypt(byte[] nonce, byte[] ad, byte[] in, int offset, int length, byte[] out, int outOffset) {
        Objects.checkFromIndexSize(offset, length, in.length);
        Objects.checkFromIndexSize(outOffset, length + TAG_LENGTH, out.length);
        checkNonce(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, parameters(nonce));
            if (ad.length > 0) {
                cipher.updateAAD(ad);
            }
            return cipher.doFinal(in, offset, length, out, outOffset);
        } catch (ShortBufferException e) {
            throw new IllegalArgumentException("output buffer too small", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AEAD encryption failed", e);
        }
    }

    /** Decrypts with an explicit 12-byte nonce; a bad tag or a too-short input is AEADBadTagException. */
    final byte[] decrypt(byte[] nonce, byte[] ad, byte[] in, int offset, int length) throws AEADBadTagException {
        Objects.checkFromIndexSize(offset, length, in.length);
        checkNonce(nonce);
        if (length < TAG_LENGTH) {
            throw new AEADBadTagException("shorter than the 16-byte tag");
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, parameters(nonce));
            if (ad.length > 0) {
                cipher.updateAAD(ad);
            }
            return cipher.doFinal(in, offset, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AEAD decryption failed", e);
        }
    }

    private static void checkNonce(byte[] nonce) {
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("a nonce is 12 bytes, not " + nonce.length);
        }
    }
}
