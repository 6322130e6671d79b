/**
 * Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256: two cipher suites on the shared
 * Noise library {@code io.sotto.noise}, which runs on the JDK's crypto providers.
 */
module io.sotto.crypto.noise {
    // The SPI this module implements.
    requires io.sotto.api;
    // The Noise state machine, X25519, the cipher functions: shared with the other Noise suites.
    requires io.sotto.noise;

    // The two public suite classes (PF4J and reflection need the package; the rest is package-private).
    exports io.sotto.crypto.noise;

    provides io.sotto.api.crypto.CipherSuite with
            io.sotto.crypto.noise.NoiseNx25519AesGcmSha256,
            io.sotto.crypto.noise.NoiseNx25519ChaChaPolySha256;
}
