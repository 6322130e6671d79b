package io.sotto.noise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;

/**
 * Noise's SymmetricState (section 5.2): the chaining key {@code ck}, the handshake hash {@code h}
 * and the handshake's CipherState.
 *
 * <p>Why: every byte of the handshake goes through {@code h} (so a changed prologue or message
 * breaks the next tag) and every DH result through {@code ck} (so keys depend on all of them).
 * Not thread-safe.
 */
final class SymmetricState {
    private final CipherFunction function;
    private final Sha256 sha256 = new Sha256();
    private final CipherState cipherState;
    private byte[] ck;
    private byte[] h;

    /** InitializeSymmetric(protocol_name). */
    SymmetricState(String protocolName, CipherFunction function) {
        this.function = function;
        this.cipherState = new CipherState(function);
        byte[] name = protocolName.getBytes(StandardCharsets.US_ASCII);
        h = name.length <= Sha256.HASH_LENGTH ? Arrays.copyOf(name, Sha256.HASH_LENGTH) : sha256.hash(name);
        ck = h.clone();
    }

    /** MixKey(input_key_material): a new chaining key and a new cipher key. */
    void mixKey(byte[] inputKeyMaterial) {
        byte[][] keys = sha256.noiseHkdf(ck, inputKeyMaterial, 2);
        ck = keys[0];
        cipherState.initializeKey(keys[1]);
        Arrays.fill(keys[1], (byte) 0);
    }

    /** MixHash(data): h = HASH(h || data). */
    void mixHash(byte[] data) {
        h = sha256.hash(h, data);
    }

    boolean hasKey() {
        return cipherState.hasKey();
    }

    /** EncryptAndHash(plaintext). */
    byte[] encryptAndHash(byte[] plaintext) {
        byte[] ciphertext = cipherState.encryptWithAd(h, plaintext);
        mixHash(ciphertext);
        return ciphertext;
    }

    /** DecryptAndHash of {@code length} bytes of {@code message} from {@code offset}. */
    byte[] decryptAndHash(byte[] message, int offset, int length) throws AEADBadTagException {
        byte[] plaintext = cipherState.decryptWithAd(h, message, offset, length);
        mixHash(Arrays.copyOfRange(message, offset, offset + length));
        return plaintext;
    }

    /** GetHandshakeHash(). */
    byte[] handshakeHash() {
        return h.clone();
    }

    /** Split(): the initiator's sending CipherState, then the responder's. */
    CipherState[] split() {
        byte[][] keys = sha256.noiseHkdf(ck, new byte[0], 2);
        CipherState first = new CipherState(function);
        CipherState second = new CipherState(function);
        first.initializeKey(keys[0]);
        second.initializeKey(keys[1]);
        Arrays.fill(keys[0], (byte) 0);
        Arrays.fill(keys[1], (byte) 0);
        Arrays.fill(ck, (byte) 0);
        return new CipherState[] {first, second};
    }
}
