package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import io.sotto.crypto.noise.NoiseNx25519AesGcmSha256;
import io.sotto.crypto.noise.NoiseNx25519ChaChaPolySha256;
import io.sotto.crypto.pqhybrid.NoiseNxHfs25519MlKem768AesGcmSha256;
import io.sotto.serializer.cbor.CborSerializer;
import io.sotto.testsupport.EventRecorder;
import io.sotto.transport.tcp.TcpTransport;
import io.sotto.transport.websocket.WebSocketTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transport × every cipher suite × every serializer carries a conversation end to end, over
 * real sockets. Each side offers exactly one of each, so a conversation proves that combination
 * was negotiated and works.
 */
class MatrixTest {
    @TempDir
    Path dir;

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new ArrayList<>();
        for (Transport transport : List.of(new TcpTransport(), new WebSocketTransport())) {
            for (CipherSuite suite : List.of(new NoiseNxHfs25519MlKem768AesGcmSha256(), new NoiseNx25519AesGcmSha256(),
                    new NoiseNx25519ChaChaPolySha256())) {
                for (Serializer serializer : List.of(new JsonSerializer(), new CborSerializer())) {
                    combinations.add(Arguments.of(transport.id(), suite.id(), serializer.id(), transport, suite,
                            serializer));
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("everyCombination")
    void aConversationGoesThrough(String transportId, String suiteId, String serializerId, Transport transport,
            CipherSuite suite, Serializer serializer) throws Exception {
        ServerOptions defaults = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, List.of(transportId), defaults.dataDirectory(),
                "Matrix", "", false, 10, 4_000, 65_535, 100, 100, Duration.ofSeconds(10), Duration.ofSeconds(10), 64,
                List.of(suiteId), List.of(serializerId));
        try (ChatServer server = ChatServer.start(options, List.of(transport), List.of(suite), List.of(serializer),
                ServerLog.silent())) {
            String address = transport.schemes().getFirst() + "://127.0.0.1:" + server.port();
            EventRecorder adaHears = new EventRecorder();
            EventRecorder bobHears = new EventRecorder();
            try (ChatSession ada = client("ada", transport, suite, serializer).connect(address, ServerTrust.acceptNew(), adaHears);
                    ChatSession bob = client("bob", transport, suite, serializer).connect(address, ServerTrust.acceptNew(), bobHears)) {
                ada.join("Ada");
                bob.join("Bob");
                String greeting = "hello over " + transportId + " / " + suiteId + " / " + serializerId + " ✓";
                ada.say(greeting);
                assertEquals("Ada", bobHears.await(MessagePosted.class, m -> m.message().text().equals(greeting))
                        .message().nick());
                bob.act("waves back");
                adaHears.await(MessagePosted.class, m -> m.message().action() && m.message().nick().equals("Bob"));
            }
        }
    }

    private SottoChatClient client(String name, Transport transport, CipherSuite suite, Serializer serializer) {
        ClientSettings settings = new ClientSettings(dir.resolve(name), List.of(suite.id()), List.of(serializer.id()),
                Duration.ofSeconds(10), 0, Duration.ofSeconds(1));
        return new SottoChatClient(settings, List.of(transport), List.of(suite), List.of(serializer));
    }
}
