package io.sotto.ui.gui;

import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.command.Command;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import io.sotto.crypto.noise.NoiseNx25519AesGcmSha256;
import io.sotto.testsupport.EventRecorder;
import io.sotto.transport.tcp.TcpTransport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Sotto server on a free loopback port (TCP, Noise, JSON), and real clients for it: what
 * the window is tested against.
 */
final class LocalServer implements AutoCloseable {
    static final String NAME = "Test Lounge";
    static final String MOTD = "be kind — sois gentil";
    private static final List<Transport> TRANSPORTS = List.of(new TcpTransport());
    private static final List<CipherSuite> SUITES = List.of(new NoiseNx25519AesGcmSha256());
    private static final List<Serializer> SERIALIZERS = List.of(new JsonSerializer());

    private final ChatServer server;

    private LocalServer(ChatServer server) {
        this.server = server;
    }

    static LocalServer start(Path dir) throws IOException {
        ServerOptions d = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, d.transports(), d.dataDirectory(), NAME, MOTD,
                d.logAddresses(), d.maxClients(), d.maxMessageChars(), d.maxFrameBytes(), 1_000, 1_000,
                d.handshakeTimeout(), d.joinTimeout(), d.outboundQueueLimit(), d.suites(), d.serializers());
        return new LocalServer(ChatServer.start(options, TRANSPORTS, SUITES, SERIALIZERS, ServerLog.silent()));
    }

    int port() {
        return server.port();
    }

    String address() {
        return "127.0.0.1:" + port();
    }

    /** A client that keeps its known servers in {@code stateDirectory}; {@code reconnects} 0 gives up at once. */
    static SottoChatClient client(Path stateDirectory, int reconnects) {
        ClientSettings settings = new ClientSettings(stateDirectory, List.of("Noise_NX_25519_AESGCM_SHA256"),
                List.of("json"), Duration.ofSeconds(5), reconnects, Duration.ofSeconds(1));
        return new SottoChatClient(settings, TRANSPORTS, SUITES, SERIALIZERS);
    }

    /** The launcher's dispatcher, with the given plugin commands. */
    static CommandDispatcher commands(Path stateDirectory, List<Command> plugins) {
        return new SottoCommandDispatcher(plugins, c -> "test plugin", stateDirectory, Duration.ofSeconds(5));
    }

    /** A second person in the room, driven by the test. */
    ChatSession join(Path stateDirectory, String nick, EventRecorder events) throws Exception {
        ChatSession session = client(stateDirectory, 0).connect(address(), ServerTrust.acceptNew(), events);
        session.join(nick);
        return session;
    }

    @Override
    public void close() {
        server.close();
    }
}
