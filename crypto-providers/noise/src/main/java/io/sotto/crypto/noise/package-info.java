/**
 * Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256: the Noise Protocol Framework
 * (revision 34) written out in small package-private classes, on the JDK's crypto providers.
 *
 * <p>Public: the two suites. Everything else is package-private: {@link
 * io.sotto.crypto.noise.X25519} (DH), {@link io.sotto.crypto.noise.Aead} and its two subclasses
 * (cipher functions), {@link io.sotto.crypto.noise.Sha256} (hash, HMAC, HKDF), then the Noise
 * states {@link io.sotto.crypto.noise.CipherState}, {@link io.sotto.crypto.noise.SymmetricState}
 * and {@link io.sotto.crypto.noise.HandshakeState}, driven by {@link
 * io.sotto.crypto.noise.HandshakePattern}.
 */
package io.sotto.crypto.noise;
