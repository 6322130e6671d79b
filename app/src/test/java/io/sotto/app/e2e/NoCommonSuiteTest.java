package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerOptions;
import io.sotto.testsupport.EventRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When client and server share no cipher suite, both say so, naming both lists. */
class NoCommonSuiteTest {
    private static final String AES = "Noise_NX_25519_AESGCM_SHA256";
    private static final String CHACHA = "Noise_NX_25519_ChaChaPoly_SHA256";

    @TempDir
    Path dir;

    @Test
    void bothSidesNameBothLists() throws Exception {
        java.util.concurrent.BlockingQueue<String> serverLog = new java.util.concurrent.LinkedBlockingQueue<>();
        ServerOptions d = ServerOptions.defaults(dir.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, List.of("tcp"), d.dataDirectory(), "Strict", "",
                false, 10, 4_000, 65_535, 20, 40, Duration.ofSeconds(5), Duration.ofSeconds(5), 64, List.of(AES),
                List.of("json"));
        try (ChatServer server = ChatServer.start(options, TestServer.TRANSPORTS,
                List.of(TestServer.SUITES.getFirst()), TestServer.SERIALIZERS, serverLog::add)) {
            ClientSettings settings = new ClientSettings(dir.resolve("client"), List.of(CHACHA), List.of("json"),
                    Duration.ofSeconds(5), 0, Duration.ofSeconds(1));
            SottoChatClient client = new SottoChatClient(settings, TestServer.TRANSPORTS,
                    List.of(TestServer.SUITES.get(1)), TestServer.SERIALIZERS);
            ConnectFailedException refused = assertThrows(ConnectFailedException.class,
                    () -> client.connect("127.0.0.1:" + server.port(), ServerTrust.acceptNew(), new EventRecorder()));
            assertTrue(refused.getMessage().contains(AES) && refused.getMessage().contains(CHACHA),
                    refused.getMessage());
            // The server's side ends right after it has sent its refusal; its log line follows.
            String line = serverLog.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(line != null && line.contains(AES) && line.contains(CHACHA), "server log: " + line);
        }
    }
}
