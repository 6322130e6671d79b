package io.sotto.noise;

import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The Noise cipher function {@code AESGCM} (Noise section 12.3): AES-256-GCM, nonce = 4 zero bytes
 * then the counter as 8 bytes big-endian. Uses the JDK's AES/GCM, which runs on AES-NI/CLMUL.
 */
final class AesGcm extends Aead {

    AesGcm(byte[] key) {
        super("AES/GCM/NoPadding", "AES", key);
    }

    @Override
    void encodeNonce(long n, byte[] nonce) {
        // nonce[0..3] stay zero
        for (int i = 0; i < 8; i++) {
            nonce[11 - i] = (byte) (n >>> (8 * i));
        }
    }

    @Override
    AlgorithmParameterSpec parameters(byte[] nonce) {
        return new GCMParameterSpec(TAG_LENGTH * 8, nonce);
    }
}
