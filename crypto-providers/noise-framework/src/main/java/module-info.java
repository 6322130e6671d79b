/**
 * The Noise Protocol Framework (revision 34) for Sotto's Noise cipher suites: a shared library,
 * not a provider. It provides no service and is found by nobody; suite modules such as {@code
 * io.sotto.crypto.noise} and {@code io.sotto.crypto.pqhybrid} require it so that the Noise state
 * machine is written once.
 *
 * <p>Contains: the CipherState / SymmetricState / HandshakeState of the spec, the handshake
 * patterns as data, the DH function 25519 (on Bouncy Castle), the cipher functions AESGCM and ChaChaPoly, SHA-256 with
 * HMAC and HKDF, and the {@code e1} / {@code ekem1} tokens of the KEM-based "hfs" modifier with a
 * {@link io.sotto.noise.Kem} interface for the KEM itself. Does not contain: any KEM
 * implementation, any {@code CipherSuite}, anything of core.
 */
module io.sotto.noise {
    // Handshake, KeyPair and RecordCipher appear in the public signatures, so readers get api too.
    requires transitive io.sotto.api;
    // X25519 on raw byte strings (org.bouncycastle.math.ec.rfc7748).
    requires org.bouncycastle.provider;

    // The documented public surface: NoiseProtocol, HandshakePattern, CipherFunction, Kem.
    // Everything else in the package is package-private.
    exports io.sotto.noise;
}
