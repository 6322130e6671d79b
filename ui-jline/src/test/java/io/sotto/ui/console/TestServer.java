package io.sotto.ui.console;

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

/** A real Sotto server on a free loopback port: TCP, Noise NX 25519 AES-GCM, JSON. */
final class TestServer implements AutoCloseable {
    static final List<Transport> TRANSPORTS = List.of(new TcpTransport());
    static final List<CipherSuite> SUITES = List.of(new NoiseNx25519AesGcmSha256());
    static final List<Serializer> SERIALIZERS = List.of(new JsonSerializer());

    private final ChatServer server;

    private TestServer(ChatServer server) {
        this.server = server;
    }

    static TestServer start(Path dir) throws IOException {
        ServerOptions d = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, d.transports(), d.dataDirectory(), "Test Server",
                "welcome, all", d.logAddresses(), d.maxClients(), d.maxMessageChars(), d.maxFrameBytes(), 1_000, 1_000,
                d.handshakeTimeout(), d.joinTimeout(), d.outboundQueueLimit(), d.suites(), d.serializers());
        return new TestServer(ChatServer.start(options, TRANSPORTS, SUITES, SERIALIZERS, ServerLog.silent()));
    }

    String address() {
        return "127.0.0.1:" + server.port();
    }

    /** A client keeping its known servers under {@code stateDirectory}; no reconnects, so a loss is final. */
    static SottoChatClient client(Path stateDirectory) {
        ClientSettings settings = new ClientSettings(stateDirectory, List.of("Noise_NX_25519_AESGCM_SHA256"),
                List.of("json"), Duration.ofSeconds(5), 0, Duration.ofSeconds(1));
        return new SottoChatClient(settings, TRANSPORTS, SUITES, SERIALIZERS);
    }

    /** Another person in the room, driven directly through the client API. */
    ChatSession join(Path stateDirectory, String nick, EventRecorder recorder) throws Exception {
        ChatSession session = client(stateDirectory).connect(address(), ServerTrust.acceptNew(), recorder);
        session.join(nick);
        return session;
    }

    static CommandDispatcher dispatcher(Path stateDirectory, List<Command> commands) {
        return new SottoCommandDispatcher(commands, c -> "test", stateDirectory, Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        server.close();
    }

}
