package io.sotto.crypto.noise;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * What the two public suites share: Noise NX with X25519 and SHA-256; they differ only in the
 * cipher function. Why a base class: the suites are then one constructor line each. Stateless,
 * so safe to use from several threads.
 */
abstract class NoiseNxSuite implements CipherSuite {
    private final CipherFunction function;
    private final String id;

    NoiseNxSuite(CipherFunction function) {
        this.function = function;
        this.id = HandshakeState.protocolName(HandshakePattern.NX, function);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String staticKeyType() {
        return "25519";
    }

    @Override
    public final KeyPair generateStaticKeyPair(SecureRandom random) {
        return X25519.generateKeyPair(Objects.requireNonNull(random, "random"));
    }

    @Override
    public final KeyPair staticKeyPair(byte[] privateKey) {
        return new KeyPair(privateKey, X25519.publicKey(privateKey));
    }

    @Override
    public final Handshake initiator(byte[] prologue, SecureRandom random) {
        return new HandshakeState(HandshakePattern.NX, function, true, prologue, null, random);
    }

    @Override
    public final Handshake responder(byte[] prologue, KeyPair staticKey, SecureRandom random) {
        Objects.requireNonNull(staticKey, "staticKey");
        if (staticKey.privateKey().length != X25519.KEY_LENGTH
                || staticKey.publicKey().length != X25519.KEY_LENGTH) {
            throw new IllegalArgumentException("not an X25519 key pair (32-byte keys expected)");
        }
        return new HandshakeState(HandshakePattern.NX, function, false, prologue, staticKey, random);
    }
}
