package io.sotto.app.e2e;

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
import io.sotto.transport.tcp.TcpTransport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** A real server on a free loopback port, with the real TCP transport, Noise suites and JSON. */
final class TestServer implements AutoCloseable {
    static final List<Transport> TRANSPORTS = List.of(new TcpTransport());
    static final List<CipherSuite> SUITES = List.of(new NoiseNx25519AesGcmSha256(), new NoiseNx25519ChaChaPolySha256());
    static final List<Serializer> SERIALIZERS = List.of(new JsonSerializer());

    final ChatServer server;
    final Path dataDirectory;

    private TestServer(ChatServer server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    static TestServer start(Path dir) throws IOException {
        return start(dir, options -> options);
    }

    static TestServer start(Path dir, UnaryOperator<ServerOptions> tweak) throws IOException {
        return start(dir, TRANSPORTS, SERIALIZERS, tweak);
    }

    /** A server that accepts {@code serializers}, in that order of preference. */
    static TestServer start(Path dir, List<Serializer> serializers) throws IOException {
        return start(dir, TRANSPORTS, serializers, options -> options);
    }

    /**
     * A server listening with {@code transports} (the first on a free port, the others on their
     * own default ports: wrap them to pick free ones, see WebSocketChatTest) and accepting
     * {@code serializers}.
     */
    static TestServer start(Path dir, List<Transport> transports, List<Serializer> serializers,
            UnaryOperator<ServerOptions> tweak) throws IOException {
        ServerOptions defaults = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = tweak.apply(withLoopback(defaults, serializers.stream().map(Serializer::id).toList()));
        return new TestServer(ChatServer.start(options, transports, SUITES, serializers, ServerLog.silent()),
                options.dataDirectory());
    }

    private static ServerOptions withLoopback(ServerOptions o, List<String> serializers) {
        return new ServerOptions("127.0.0.1", 0, o.transports(), o.dataDirectory(), "Test Server", "welcome, all",
                o.logAddresses(), o.maxClients(), o.maxMessageChars(), o.maxFrameBytes(), 1_000, 1_000,
                o.handshakeTimeout(), o.joinTimeout(), o.outboundQueueLimit(), o.suites(), serializers);
    }

    String address() {
        return "127.0.0.1:" + server.port();
    }

    /** A client with its own state folder (known servers) under {@code dir}. */
    static SottoChatClient client(Path stateDirectory) {
        return client(stateDirectory, TRANSPORTS, SERIALIZERS);
    }

    /**
     * A client that reaches servers by the schemes of {@code transports} and offers {@code
     * serializers}, in that order of preference.
     */
    static SottoChatClient client(Path stateDirectory, List<Transport> transports, List<Serializer> serializers) {
        ClientSettings settings = new ClientSettings(stateDirectory, List.of("Noise_NX_25519_AESGCM_SHA256"),
                serializers.stream().map(Serializer::id).toList(), Duration.ofSeconds(5), 5, Duration.ofSeconds(2));
        return new SottoChatClient(settings, transports, SUITES, serializers);
    }

    @Override
    public void close() {
        server.close();
    }
}
