package io.sotto.crypto.noise;

import io.sotto.noise.CipherFunction;

/** The cipher suite {@code Noise_NX_25519_AESGCM_SHA256}: Noise NX, X25519, AES-256-GCM, SHA-256. */
public final class NoiseNx25519AesGcmSha256 extends NoiseNxSuite {

    public NoiseNx25519AesGcmSha256() {
        super(CipherFunction.AESGCM);
    }

    @Override
    public String description() {
        return "Noise NX handshake, X25519, AES-256-GCM records, SHA-256; server authenticated, client anonymous";
    }
}
