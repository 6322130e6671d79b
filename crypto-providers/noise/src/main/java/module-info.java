/** Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256. */
module io.sotto.crypto.noise {
    requires io.sotto.api;

    // exports io.sotto.crypto.noise;
}
