package io.sotto.crypto.noise;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.noise.CipherFunction;
import io.sotto.noise.HandshakePattern;
import io.sotto.noise.NoiseProtocol;
import java.security.SecureRandom;

/**
 * What the two public suites share: Noise NX with X25519 and SHA-256; they differ only in the
 * cipher function. Why a base class: the suites are then one constructor line each; the Noise
 * machinery itself is the shared library {@code io.sotto.noise}. Stateless, so safe to use from
 * several threads.
 */
abstract class NoiseNxSuite implements CipherSuite {
    private final NoiseProtocol protocol;

    NoiseNxSuite(CipherFunction function) {
        this.protocol = NoiseProtocol.classic(HandshakePattern.NX, function);
    }

    @Override
    public final String id() {
        return protocol.name();
    }

    @Override
    public final String staticKeyType() {
        return "25519";
    }

    @Override
    public final KeyPair generateStaticKeyPair(SecureRandom random) {
        return protocol.generateStaticKeyPair(random);
    }

    @Override
    public final KeyPair staticKeyPair(byte[] privateKey) {
        return protocol.staticKeyPair(privateKey);
    }

    @Override
    public final Handshake initiator(byte[] prologue, SecureRandom random) {
        return protocol.initiator(prologue, random);
    }

    @Override
    public final Handshake responder(byte[] prologue, KeyPair staticKey, SecureRandom random) {
        return protocol.responder(prologue, staticKey, random);
    }
}
