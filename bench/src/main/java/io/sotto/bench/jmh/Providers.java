package io.sotto.bench.jmh;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.SessionCiphers;
import io.sotto.api.message.Serializer;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Suites and serializers by id from the registry, and an in-memory handshake between two of a suite's sides. */
final class Providers {
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] PROLOGUE = "sotto-bench".getBytes(StandardCharsets.US_ASCII);
    private static final ExtensionRegistry REGISTRY = ExtensionRegistry.discoverModules();

    private Providers() {}

    static CipherSuite suite(String id) {
        return REGISTRY.find(CipherSuite.class, id).orElseThrow(() -> new IllegalStateException("no cipher suite '" + id
                + "' on the class path; found: " + REGISTRY.all(CipherSuite.class).stream().map(CipherSuite::id).toList()));
    }

    static Serializer serializer(String id) {
        return REGISTRY.find(Serializer.class, id).orElseThrow(() -> new IllegalStateException("no serializer '" + id
                + "' on the class path"));
    }

    /** The two sides' record ciphers after a complete handshake. */
    record Session(SessionCiphers initiator, SessionCiphers responder) {}

    /** Runs a whole handshake in memory: initiator and responder hand each other their messages. */
    static Session handshake(CipherSuite suite, KeyPair serverKey, SecureRandom random) throws HandshakeFailedException {
        Handshake initiator = suite.initiator(PROLOGUE, random);
        Handshake responder = suite.responder(PROLOGUE, serverKey, random);
        for (int step = 0; !(initiator.isComplete() && responder.isComplete()); step++) {
            if (step > 8) {
                throw new IllegalStateException(suite.id() + ": the handshake did not complete in 8 messages");
            }
            if (initiator.isWriting()) {
                responder.readMessage(initiator.writeMessage(EMPTY));
            } else {
                initiator.readMessage(responder.writeMessage(EMPTY));
            }
        }
        return new Session(initiator.split(), responder.split());
    }
}
