package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.ExtensionKind;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.registry.ExtensionInfo;
import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import io.sotto.noise.NoiseProtocol;
import io.sotto.testsupport.EventRecorder;
import io.sotto.transport.tcp.TcpTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cipher suite nobody built into Sotto, dropped into plugins/ as a jar, is found, selected by
 * its id alone (as a config file names it) and carries a conversation — no rebuild.
 */
class PluginSuiteTest {
    private static final String SUITE = "Noise_NXhfs_25519+MLKEM768_ChaChaPoly_SHA256";

    @TempDir
    Path dir;

    @Test
    void aSuiteFromAPluginJarIsSelectableByItsId() throws Exception {
        String source = Files.readString(Path.of(Objects.requireNonNull(
                getClass().getResource("/plugin-suite/ChaChaHybridSuite.java")).toURI()));
        Path plugins = dir.resolve("plugins");
        TestPluginJar.plugin("chacha-hybrid", "1.0.0")
                .compiledAgainst(NoiseProtocol.class, org.bouncycastle.crypto.kems.MLKEMGenerator.class)
                .source("demo.pq.ChaChaHybridSuite", source)
                .writeTo(plugins, "chacha-hybrid.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            ExtensionInfo info = registry.describe().stream()
                    .filter(e -> e.kind() == ExtensionKind.CIPHER_SUITE && e.id().equals(SUITE))
                    .findFirst().orElseThrow(() -> new AssertionError("not listed: " + registry.describe()));
            assertTrue(info.origin().contains("chacha-hybrid.jar"), info.origin());
            assertEquals("1.0.0", info.version());

            CipherSuite suite = registry.find(CipherSuite.class, SUITE).orElseThrow();
            converseWith(suite);
        }
    }

    private void converseWith(CipherSuite suite) throws Exception {
        List<Transport> tcp = List.of(new TcpTransport());
        List<Serializer> json = List.of(new JsonSerializer());
        ServerOptions d = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, List.of("tcp"), d.dataDirectory(), "Plugin suite", "",
                false, 10, 4_000, 65_535, 100, 100, Duration.ofSeconds(10), Duration.ofSeconds(10), 64,
                List.of(SUITE), List.of("json"));
        try (ChatServer server = ChatServer.start(options, tcp, List.of(suite), json, ServerLog.silent())) {
            ClientSettings settings = new ClientSettings(dir.resolve("client"), List.of(SUITE), List.of("json"),
                    Duration.ofSeconds(10), 0, Duration.ofSeconds(1));
            EventRecorder heard = new EventRecorder();
            try (ChatSession session = new SottoChatClient(settings, tcp, List.of(suite), json)
                    .connect("127.0.0.1:" + server.port(), ServerTrust.acceptNew(), heard)) {
                session.join("Ada");
                session.say("sealed by a plugin's suite");
                heard.awaitMessage(m -> m.message().text().equals("sealed by a plugin's suite"));
            }
        }
    }
}
