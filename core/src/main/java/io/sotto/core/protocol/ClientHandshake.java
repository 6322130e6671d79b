package io.sotto.core.protocol;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import java.io.EOFException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;

/** The client's side of hello and handshake (docs/PROTOCOL.md, "Connection setup"). */
public final class ClientHandshake {
    private ClientHandshake() {}

    /**
     * Offers {@code suites} and {@code serializers} (in preference order), then runs the Noise
     * handshake as initiator with the server's choice.
     *
     * @throws ProtocolException when the server refuses or the handshake fails
     */
    public static Established perform(
            FrameConnection connection, List<CipherSuite> suites, List<Serializer> serializers, SecureRandom random)
            throws IOException, ProtocolException {
        byte[] clientHello = new Hello.ClientHello(
                        List.of(Hello.VERSION),
                        suites.stream().map(CipherSuite::id).toList(),
                        serializers.stream().map(Serializer::id).toList())
                .encode();
        connection.send(clientHello);
        byte[] serverHello = connection.receive();
        if (serverHello == null) {
            throw new EOFException("the server closed the connection without answering the hello");
        }
        Hello.Accepted choice = switch (Hello.ServerHello.decode(serverHello)) {
            case Hello.Refused refused -> throw new ProtocolException(refused.code(), "server refused: " + refused.reason());
            case Hello.Accepted accepted -> accepted;
        };
        CipherSuite suite = pick(suites, CipherSuite::id, choice.suite(), "cipher suite");
        Serializer serializer = pick(serializers, Serializer::id, choice.serializer(), "serializer");
        Handshake handshake = suite.initiator(Prologue.of(clientHello, serverHello), random);
        NoiseExchange.run(connection, handshake);
        byte[] serverKey = handshake.remoteStaticKey()
                .orElseThrow(() -> new ProtocolException("handshake_failed", "the server sent no static key"));
        return new Established(suite, serializer, handshake.split(), serverKey, handshake.handshakeHash());
    }

    private static <T> T pick(List<T> offered, java.util.function.Function<T, String> id, String chosen, String what)
            throws ProtocolException {
        return offered.stream()
                .filter(candidate -> id.apply(candidate).equals(chosen))
                .findFirst()
                .orElseThrow(() -> new ProtocolException("bad_choice",
                        "the server chose the " + what + " '" + chosen + "', which the client did not offer"));
    }
}
