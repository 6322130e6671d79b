package io.sotto.noise;

import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Noise's CipherState (section 5.1): a key (or none yet) and the 64-bit counter nonce {@code n}.
 *
 * <p>Why: the handshake encrypts with it (with the hash {@code h} as associated data) and, after
 * Split, each direction of the session is one. The counter only moves on success, so after a
 * forged or out-of-order record every later record keeps failing. The nonce 2^64-1 is reserved
 * by Noise, so the state refuses to use it. Not thread-safe.
 */
final class CipherState {
    /** 2^64-1 as an unsigned long: Noise reserves it, so it is never used to encrypt. */
    static final long MAX_NONCE = -1L;

    private static final byte[] EMPTY = new byte[0];

    private final CipherFunction function;
    private Aead aead;
    private long n;

    CipherState(CipherFunction function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    /** InitializeKey(key): a new key, counter back to 0. */
    void initializeKey(byte[] key) {
        aead = function.withKey(key);
        n = 0;
    }

    boolean hasKey() {
        return aead != null;
    }

    /** SetNonce(nonce), for tests of the nonce limit. */
    void setNonce(long nonce) {
        n = nonce;
    }

    /** EncryptWithAd: the plaintext itself (copied) while there is no key. */
    byte[] encryptWithAd(byte[] ad, byte[] plaintext) {
        if (aead == null) {
            return plaintext.clone();
        }
        byte[] out = new byte[plaintext.length + Aead.TAG_LENGTH];
        encrypt(ad, plaintext, 0, plaintext.length, out, 0);
        return out;
    }

    /** DecryptWithAd: the ciphertext itself (copied) while there is no key. */
    byte[] decryptWithAd(byte[] ad, byte[] ciphertext, int offset, int length) throws AEADBadTagException {
        if (aead == null) {
            return java.util.Arrays.copyOfRange(ciphertext, offset, offset + length);
        }
        checkNonce();
        byte[] plaintext = aead.decrypt(n, ad, ciphertext, offset, length);
        n++; // only reached when the tag was good
        return plaintext;
    }

    /** Encrypts a transport message (empty associated data) into {@code out}; returns its length. */
    int encrypt(byte[] plaintext, int offset, int length, byte[] out, int outOffset) {
        return encrypt(EMPTY, plaintext, offset, length, out, outOffset);
    }

    /** Decrypts a whole transport message (empty associated data). */
    byte[] decrypt(byte[] ciphertext) throws AEADBadTagException {
        return decryptWithAd(EMPTY, ciphertext, 0, ciphertext.length);
    }

    private int encrypt(byte[] ad, byte[] plaintext, int offset, int length, byte[] out, int outOffset) {
        if (aead == null) {
            throw new IllegalStateException("no key yet");
        }
        checkNonce();
        int written = aead.encrypt(n, ad, plaintext, offset, length, out, outOffset);
        n++;
        return written;
    }

    private void checkNonce() {
        if (n == MAX_NONCE) {
            throw new IllegalStateException("nonce space used up (2^64-1 messages): rekey or reconnect");
        }
    }
}
