package io.sotto.core.protocol;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import java.io.EOFException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The server's side of hello and handshake (docs/PROTOCOL.md, "Connection setup"). */
public final class ServerHandshake {
    private ServerHandshake() {}

    /**
     * Reads the client's hello, answers with a choice (or a refusal, then fails), and runs the
     * Noise handshake as responder.
     *
     * @param admission checked after a well-formed hello; a present refusal (e.g. server full) is
     *     sent to the client instead of a choice
     * @param staticKeys the server's static key for a suite
     * @throws ProtocolException when the hello is malformed, negotiation fails or the handshake
     *     fails; a refusal has already been sent to the client where one could be
     */
    public static Established perform(
            FrameConnection connection,
            List<CipherSuite> suites,
            List<Serializer> serializers,
            Function<CipherSuite, KeyPair> staticKeys,
            Supplier<Optional<Hello.Refused>> admission,
            SecureRandom random)
            throws IOException, ProtocolException {
        byte[] clientHello = connection.receive();
        if (clientHello == null) {
            throw new EOFException("the client closed the connection before its hello");
        }
        Hello.ServerHello answer;
        try {
            Hello.ClientHello offer = Hello.ClientHello.decode(clientHello);
            answer = admission.get().map(Hello.ServerHello.class::cast).orElseGet(() -> Negotiation.choose(
                    offer, suites.stream().map(CipherSuite::id).toList(), serializers.stream().map(Serializer::id).toList()));
        } catch (ProtocolException e) {
            answer = new Hello.Refused(e.code(), e.getMessage());
        }
        byte[] serverHello = answer.encode();
        connection.send(serverHello);
        if (answer instanceof Hello.Refused refused) {
            throw new ProtocolException(refused.code(), refused.reason());
        }
        Hello.Accepted choice = (Hello.Accepted) answer;
        CipherSuite suite = find(suites, CipherSuite::id, choice.suite());
        Serializer serializer = find(serializers, Serializer::id, choice.serializer());
        Handshake handshake = suite.responder(Prologue.of(clientHello, serverHello), staticKeys.apply(suite), random);
        NoiseExchange.run(connection, handshake);
        return new Established(suite, serializer, handshake.split(), staticKeys.apply(suite).publicKey(),
                handshake.handshakeHash());
    }

    private static <T> T find(List<T> candidates, Function<T, String> id, String chosen) {
        return candidates.stream().filter(c -> id.apply(c).equals(chosen)).findFirst().orElseThrow();
    }
}
