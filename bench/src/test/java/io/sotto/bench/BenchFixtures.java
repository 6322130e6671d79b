package io.sotto.bench;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real providers (found on the test class path by id) and an in-process server on loopback. */
final class BenchFixtures {
    static final String AESGCM = "Noise_NX_25519_AESGCM_SHA256";
    static final String CHACHA = "Noise_NX_25519_ChaChaPoly_SHA256";
    private static final ExtensionRegistry REGISTRY = ExtensionRegistry.discoverModules();

    private BenchFixtures() {}

    static List<Transport> transports() {
        return REGISTRY.all(Transport.class);
    }

    static List<CipherSuite> suites() {
        return List.of(REGISTRY.find(CipherSuite.class, AESGCM).orElseThrow(),
                REGISTRY.find(CipherSuite.class, CHACHA).orElseThrow());
    }

    static List<Serializer> serializers() {
        return List.of(REGISTRY.find(Serializer.class, "json").orElseThrow());
    }

    /** A server on a free loopback port with the limits of bench/bench-server.toml. */
    static ChatServer server(Path dataDirectory) throws IOException {
        ServerOptions d = ServerOptions.defaults(dataDirectory);
        ServerOptions options = new ServerOptions("127.0.0.1", 0, d.transports(), dataDirectory, "bench test", "",
                false, 20_000, d.maxMessageChars(), d.maxFrameBytes(), 1_000, 10_000, d.handshakeTimeout(),
                d.joinTimeout(), 20_000, d.suites(), d.serializers());
        return ChatServer.start(options, transports(), suites(), serializers(), ServerLog.silent());
    }

    static BenchTarget target(ChatServer server) {
        return BenchTarget.resolve("127.0.0.1:" + server.port(), transports(), suites(), serializers(),
                Duration.ofSeconds(10), false);
    }
}
