/** Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256, on the JDK's crypto providers. */
module io.sotto.crypto.noise {
    requires io.sotto.api;

    // The two public suite classes (PF4J and reflection need the package; the rest is package-private).
    exports io.sotto.crypto.noise;

    provides io.sotto.api.crypto.CipherSuite with
            io.sotto.crypto.noise.NoiseNx25519AesGcmSha256,
            io.sotto.crypto.noise.NoiseNx25519ChaChaPolySha256;
}
