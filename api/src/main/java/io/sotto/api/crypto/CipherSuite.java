package io.sotto.api.crypto;

import io.sotto.api.Extension;
import java.security.SecureRandom;

/**
 * A key exchange plus record protection, named by its Noise protocol name.
 *
 * <p>{@link #id()} is the full Noise protocol name, e.g. {@code Noise_NX_25519_AESGCM_SHA256}.
 * Client and server each hold an ordered list of suite ids; the server picks the first of its own
 * that the client offers, and both lists go into the Noise prologue so that a downgrade breaks the
 * handshake.
 *
 * <p>The client is anonymous (no static key); the server authenticates with a static key that it
 * generates once and keeps. Suites that share a {@link #staticKeyType()} share that key, so a
 * server keeps one identity however many suites it offers.
 */
public interface CipherSuite extends Extension {

    /**
     * The kind of static key this suite authenticates the server with, e.g. {@code 25519}. Used to
     * name the key file and to share one identity among suites.
     */
    String staticKeyType();

    /** Makes a new static key pair for a server, from {@code random}. */
    KeyPair generateStaticKeyPair(SecureRandom random);

    /**
     * Rebuilds a static key pair from its stored private key.
     *
     * @throws IllegalArgumentException when the bytes are not a private key of this type
     */
    KeyPair staticKeyPair(byte[] privateKey);

    /**
     * Starts the client side of the handshake.
     *
     * @param prologue bytes both sides must agree on (the negotiation); a mismatch fails the
     *     handshake
     * @param random the source of ephemeral keys; tests pass a fixed one to reproduce vectors
     */
    Handshake initiator(byte[] prologue, SecureRandom random);

    /**
     * Starts the server side of the handshake.
     *
     * @param staticKey the server's identity, from {@link #staticKeyPair(byte[])}
     */
    Handshake responder(byte[] prologue, KeyPair staticKey, SecureRandom random);
}
