package io.sotto.bench;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.SessionCiphers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A whole handshake of a suite run in memory, its two sides handing each other their messages:
 * real session keys without sockets, for the baseline and the JMH benchmarks.
 */
public final class MemoryHandshake {
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] PROLOGUE = "sotto-bench".getBytes(StandardCharsets.US_ASCII);
    /** More messages than any Noise pattern has: a suite that goes on is broken. */
    private static final int MAX_MESSAGES = 8;

    private MemoryHandshake() {}

    /** The two sides' record ciphers after a complete handshake. */
    public record Sides(SessionCiphers initiator, SessionCiphers responder) {}

    /** Runs the handshake between a new initiator and a responder holding {@code serverKey}. */
    public static Sides run(CipherSuite suite, KeyPair serverKey, SecureRandom random) throws HandshakeFailedException {
        Handshake initiator = suite.initiator(PROLOGUE, random);
        Handshake responder = suite.responder(PROLOGUE, serverKey, random);
        for (int step = 0; !(initiator.isComplete() && responder.isComplete()); step++) {
            if (step > MAX_MESSAGES) {
                throw new IllegalStateException(suite.id() + ": the handshake did not complete in " + MAX_MESSAGES
                        + " messages");
            }
            if (initiator.isWriting()) {
                responder.readMessage(initiator.writeMessage(EMPTY));
            } else {
                initiator.readMessage(responder.writeMessage(EMPTY));
            }
        }
        return new Sides(initiator.split(), responder.split());
    }
}
