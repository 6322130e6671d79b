package io.sotto.noise;

import java.util.function.Function;

/**
 * The Noise cipher functions this library offers, by their name in a Noise protocol name. Why: a
 * suite and a handshake name their cipher by one value, and the value makes the keyed {@link Aead}.
 * Public so that a suite can choose one; making keys stays package-private.
 */
public enum CipherFunction {
    /** AES-256-GCM (Noise section 12.3), on the JDK's AES-NI/CLMUL implementation. */
    AESGCM("AESGCM", AesGcm::new),
    /** ChaCha20-Poly1305 (Noise section 12.2), faster where the CPU has no AES instructions. */
    CHACHAPOLY("ChaChaPoly", ChaChaPoly::new);

    private final String noiseName;
    private final Function<byte[], Aead> factory;

    CipherFunction(String noiseName, Function<byte[], Aead> factory) {
        this.noiseName = noiseName;
        this.factory = factory;
    }

    /** The name in a Noise protocol name, e.g. {@code ChaChaPoly}. */
    public String noiseName() {
        return noiseName;
    }

    /** A cipher bound to a 32-byte key. */
    Aead withKey(byte[] key) {
        return factory.apply(key);
    }
}
