/** Noise_NX_25519 with AES-256-GCM or ChaCha20-Poly1305, SHA-256. */
package io.sotto.crypto.noise;
