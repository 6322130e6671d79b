package io.sotto.crypto.noise;

import java.util.function.Function;

/**
 * The cipher functions this module offers, by their name in a Noise protocol name. Why: a suite
 * and a handshake name their cipher by one value, and the value makes the keyed {@link Aead}.
 */
enum CipherFunction {
    AESGCM("AESGCM", AesGcm::new),
    CHACHAPOLY("ChaChaPoly", ChaChaPoly::new);

    private final String noiseName;
    private final Function<byte[], Aead> factory;

    CipherFunction(String noiseName, Function<byte[], Aead> factory) {
        this.noiseName = noiseName;
        this.factory = factory;
    }

    /** The name in a Noise protocol name, e.g. {@code ChaChaPoly}. */
    String noiseName() {
        return noiseName;
    }

    /** A cipher bound to a 32-byte key. */
    Aead withKey(byte[] key) {
        return factory.apply(key);
    }
}
