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
        return start(dir, TRANSPORTS, tweak);
    }

    /**
     * A server listening with {@code transports}: the first on a free port, the others on their
     * own default ports (wrap them to pick free ones, see WebSocketChatTest).
     */
    static TestServer start(Path dir, List<Transport> transports, UnaryOperator<ServerOptions> tweak)
            throws IOException {
        ServerOptions defaults = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = tweak.apply(withLoopback(defaults));
        return new TestServer(ChatServer.start(options, transports, SUITES, SERIALIZERS, ServerLog.silent()),
                options.dataDirectory());
    }

    private static ServerOptions withLoopback(ServerOptions o) {
        return new ServerOptions("127.0.0.1", 0, o.transports(), o.dataDirectory(), "Test Server", "welcome, all",
                o.logAddresses(), o.maxClients(), o.maxMessageChars(), o.maxFrameBytes(), 1_000, 1_000,
                o.handshakeTimeout(), o.joinTimeout(), o.outboundQueueLimit(), o.suites(), o.serializers());
    }

    String address() {
        return "127.0.0.1:" + server.port();
    }

    /** A client with its own state folder (known servers) under {@code dir}. */
    static SottoChatClient client(Path stateDirectory) {
        return client(stateDirectory, TRANSPORTS);
    }

    /** A client that can reach servers by the schemes of {@code transports}. */
    static SottoChatClient client(Path stateDirectory, List<Transport> transports) {
        ClientSettings settings = new ClientSettings(stateDirectory, List.of("Noise_NX_25519_AESGCM_SHA256"),
                List.of("json"), Duration.ofSeconds(5), 5, Duration.ofSeconds(2));
        return new SottoChatClient(settings, transports, SUITES, SERIALIZERS);
    }

    @Override
    public void close() {
        server.close();
    }
}
