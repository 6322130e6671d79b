package io.sotto.core.protocol;

import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.transport.FrameConnection;
import java.io.EOFException;
import java.io.IOException;

/**
 * Drives a Noise handshake over frames: each handshake message is one frame, with an empty
 * payload (Sotto sends nothing before the keys are final).
 */
final class NoiseExchange {
    private static final byte[] EMPTY = new byte[0];

    private NoiseExchange() {}

    static void run(FrameConnection connection, Handshake handshake) throws IOException, ProtocolException {
        try {
            while (!handshake.isComplete()) {
                if (handshake.isWriting()) {
                    connection.send(handshake.writeMessage(EMPTY));
                } else {
                    byte[] message = connection.receive();
                    if (message == null) {
                        throw new EOFException("the peer closed the connection during the handshake");
                    }
                    handshake.readMessage(message);
                }
            }
        } catch (HandshakeFailedException e) {
            throw new ProtocolException("handshake_failed", "handshake failed: " + e.getMessage(), e);
        }
    }
}
