/**
 * Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256.
 *
 * <p>Public: the two suites. {@link io.sotto.crypto.noise.NoiseNxSuite} is what they share; the
 * Noise Protocol Framework itself (states, token interpreter, X25519, cipher functions, SHA-256)
 * is the shared library module {@code io.sotto.noise}, used also by the post-quantum hybrid suite.
 */
package io.sotto.crypto.noise;
