package io.sotto.crypto.noise;

import io.sotto.noise.CipherFunction;

/**
 * The cipher suite {@code Noise_NX_25519_ChaChaPoly_SHA256}: Noise NX, X25519, ChaCha20-Poly1305,
 * SHA-256. Faster than AES-GCM on machines without AES instructions.
 */
public final class NoiseNx25519ChaChaPolySha256 extends NoiseNxSuite {

    public NoiseNx25519ChaChaPolySha256() {
        super(CipherFunction.CHACHAPOLY);
    }

    @Override
    public String description() {
        return "Noise NX handshake, X25519, ChaCha20-Poly1305 records, SHA-256; server authenticated, client anonymous";
    }
}
