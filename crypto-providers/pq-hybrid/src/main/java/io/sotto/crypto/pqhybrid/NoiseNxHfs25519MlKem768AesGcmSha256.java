package io.sotto.crypto.pqhybrid;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.noise.CipherFunction;
import io.sotto.noise.HandshakePattern;
import io.sotto.noise.NoiseProtocol;
import java.security.SecureRandom;

/**
 * The cipher suite {@code Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}: Noise NX with the KEM-based
 * hybrid forward secrecy modifier, so the session keys come from X25519 and ML-KEM-768 together.
 * <pre>
 *   -&gt; e, e1                   client: X25519 ephemeral, ML-KEM-768 public key (1184 bytes)
 *   &lt;- e, ee, ekem1, s, es     server: X25519 ephemeral, ML-KEM ciphertext (1088 bytes, encrypted),
 *                               its static X25519 key (encrypted under both secrets)
 * </pre>
 *
 * <p>Recorded traffic stays confidential unless both X25519 and ML-KEM-768 are broken, in the
 * manner of TLS's X25519MLKEM768 and OpenSSH's mlkem768x25519-sha256. Server authentication stays
 * classical: the static key is X25519 ({@link #staticKeyType()} {@code 25519}), shared with the
 * classic suites, so a server keeps one identity. Stateless, so safe to use from several threads.
 */
public final class NoiseNxHfs25519MlKem768AesGcmSha256 implements CipherSuite {
    private final NoiseProtocol protocol =
            NoiseProtocol.hybrid(HandshakePattern.NX_HFS, new MlKem768(), CipherFunction.AESGCM);

    @Override
    public String id() {
        return protocol.name();
    }

    @Override
    public String description() {
        return "Noise NXhfs handshake, X25519 + ML-KEM-768 (post-quantum hybrid), AES-256-GCM records, SHA-256;"
                + " server authenticated, client anonymous";
    }

    @Override
    public String staticKeyType() {
        return "25519";
    }

    @Override
    public KeyPair generateStaticKeyPair(SecureRandom random) {
        return protocol.generateStaticKeyPair(random);
    }

    @Override
    public KeyPair staticKeyPair(byte[] privateKey) {
        return protocol.staticKeyPair(privateKey);
    }

    @Override
    public Handshake initiator(byte[] prologue, SecureRandom random) {
        return protocol.initiator(prologue, random);
    }

    @Override
    public Handshake responder(byte[] prologue, KeyPair staticKey, SecureRandom random) {
        return protocol.responder(prologue, staticKey, random);
    }
}
