package io.sotto.noise;

import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * One Noise protocol: a handshake pattern, the DH function 25519 (plus a KEM for hfs patterns), a
 * cipher function and SHA-256, e.g. {@code Noise_NX_25519_AESGCM_SHA256} or {@code
 * Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}. The entry point of this library: a cipher suite holds
 * one and delegates to it.
 *
 * <p>Handshakes follow the patterns this library defines, in which the initiator (the client) has
 * no static key and the responder (the server) has an X25519 one. Immutable and thread-safe; each
 * handshake it starts is not.
 */
public final class NoiseProtocol {
    private final HandshakePattern pattern;
    private final CipherFunction cipher;
    private final Kem kem;
    private final String name;

    private NoiseProtocol(HandshakePattern pattern, Kem kem, CipherFunction cipher) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.kem = kem;
        if (pattern.usesKem() != (kem != null)) {
            throw new IllegalArgumentException(kem == null
                    ? "pattern " + pattern + " has KEM tokens: use NoiseProtocol.hybrid with a Kem"
                    : "pattern " + pattern + " has no KEM tokens: use NoiseProtocol.classic");
        }
        this.name = HandshakeState.protocolName(pattern, cipher, kem);
    }

    /** A protocol on X25519 alone, e.g. {@code Noise_NX_25519_AESGCM_SHA256}. */
    public static NoiseProtocol classic(HandshakePattern pattern, CipherFunction cipher) {
        return new NoiseProtocol(pattern, null, cipher);
    }

    /**
     * A hybrid protocol: X25519 plus {@code kem} through the hfs tokens of {@code pattern}, e.g.
     * {@code Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}.
     *
     * @throws IllegalArgumentException when the pattern has no KEM tokens
     */
    public static NoiseProtocol hybrid(HandshakePattern pattern, Kem kem, CipherFunction cipher) {
        return new NoiseProtocol(pattern, Objects.requireNonNull(kem, "kem"), cipher);
    }

    /** The full Noise protocol name; it is hashed into the handshake, so it must match the peer's. */
    public String name() {
        return name;
    }

    /** A new X25519 static key pair: exactly 32 bytes from {@code random} as the private key. */
    public KeyPair generateStaticKeyPair(SecureRandom random) {
        return X25519.generateKeyPair(Objects.requireNonNull(random, "random"));
    }

    /**
     * The X25519 static key pair of a stored private key.
     *
     * @throws IllegalArgumentException when the private key is not 32 bytes
     */
    public KeyPair staticKeyPair(byte[] privateKey) {
        return new KeyPair(privateKey, X25519.publicKey(privateKey));
    }

    /** Starts the initiator (client) side, which has no static key. */
    public Handshake initiator(byte[] prologue, SecureRandom random) {
        return new HandshakeState(pattern, cipher, kem, true, prologue, null, random);
    }

    /**
     * Starts the responder (server) side with its static key.
     *
     * @throws IllegalArgumentException when {@code staticKey} is not an X25519 key pair
     */
    public Handshake responder(byte[] prologue, KeyPair staticKey, SecureRandom random) {
        Objects.requireNonNull(staticKey, "staticKey");
        if (staticKey.privateKey().length != X25519.KEY_LENGTH
                || staticKey.publicKey().length != X25519.KEY_LENGTH) {
            throw new IllegalArgumentException("not an X25519 key pair (32-byte keys expected)");
        }
        return new HandshakeState(pattern, cipher, kem, false, prologue, staticKey, random);
    }

    @Override
    public String toString() {
        return name;
    }
}
