package io.sotto.core.server;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.protocol.Hello;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/** What a {@link ClientConnection} needs from the server around it. */
interface ServerContext {
    ServerOptions options();

    List<CipherSuite> suites();

    List<Serializer> serializers();

    KeyPair staticKey(CipherSuite suite);

    /** A refusal to send instead of a hello answer (server full), or empty to go on. */
    Optional<Hello.Refused> admission();

    SecureRandom random();

    Room room();

    ServerLog log();

    /** Closes {@code connection} after the grace time for its last writes. */
    void closeLater(FrameConnection connection);

    /** Logs a connection event, with the address only when the operator asked for addresses. */
    void logConnection(FrameConnection connection, String event);

    void connectionEnded(ClientConnection connection);

    /** Tells the operator a client could not agree on version, suite or serializer (no address). */
    void logNegotiationFailure(String reason);
}
