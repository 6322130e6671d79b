/**
 * The cipher suite {@code Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}: Noise NX with the KEM-based
 * hybrid forward secrecy modifier, X25519 plus ML-KEM-768, AES-256-GCM, SHA-256. Contains the
 * suite and the ML-KEM-768 binding for the shared Noise library; the Noise machinery itself is in
 * {@code io.sotto.noise}.
 */
module io.sotto.crypto.pqhybrid {
    // The SPI this module implements.
    requires io.sotto.api;
    // The Noise state machine (with the e1/ekem1 tokens), X25519, AES-GCM: shared with the classic suites.
    requires io.sotto.noise;
    // ML-KEM-768 (org.bouncycastle.crypto.kems / generators / params).
    requires org.bouncycastle.provider;

    // The public suite class (PF4J and reflection need the package; the rest is package-private).
    exports io.sotto.crypto.pqhybrid;

    provides io.sotto.api.crypto.CipherSuite with
            io.sotto.crypto.pqhybrid.NoiseNxHfs25519MlKem768AesGcmSha256;
}
