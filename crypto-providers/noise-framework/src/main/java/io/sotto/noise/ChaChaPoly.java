package io.sotto.noise;

import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * The Noise cipher function {@code ChaChaPoly} (Noise section 12.2): ChaCha20-Poly1305 of RFC
 * 8439, nonce = 4 zero bytes then the counter as 8 bytes little-endian.
 */
final class ChaChaPoly extends Aead {

    ChaChaPoly(byte[] key) {
        super("ChaCha20-Poly1305", "ChaCha20", key);
    }

    @Override
    void encodeNonce(long n, byte[] nonce) {
        // nonce[0..3] stay zero
        for (int i = 0; i < 8; i++) {
            nonce[4 + i] = (byte) (n >>> (8 * i));
        }
    }

    @Override
    AlgorithmParameterSpec parameters(byte[] nonce) {
        return new IvParameterSpec(nonce);
    }
}
