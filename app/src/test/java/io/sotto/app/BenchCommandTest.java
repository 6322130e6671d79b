package io.sotto.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sotto bench}: the refusals and one real run through the command line. */
class BenchCommandTest {
    @TempDir
    Path temp;

    record Run(int code, String out, String err) {}

    private static Run sotto(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aRemoteTargetIsRefusedWithTheWayOut() {
        Run run = sotto("bench", "fanout", "tcp://10.9.8.7:7420", "--clients", "5", "--messages", "10", "--quiet");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("refusing to load '10.9.8.7'") && run.err().contains("--allow-remote"), run.err());
    }

    @Test
    void optionsOutOfRangeAreUsageErrors() {
        Run clients = sotto("bench", "fanout", "127.0.0.1:1", "--clients", "0", "--messages", "10", "--quiet");
        assertEquals(2, clients.code());
        assertTrue(clients.err().contains("--clients must be 1 to"), clients.err());

        Run senders = sotto("bench", "fanout", "127.0.0.1:1", "--clients", "3", "--messages", "10", "--senders", "4");
        assertEquals(2, senders.code());
        assertTrue(senders.err().contains("--senders must be 1 to 3"), senders.err());

        Run hold = sotto("bench", "connections", "127.0.0.1:1", "--clients", "3", "--hold", "99999");
        assertEquals(2, hold.code());
        assertTrue(hold.err().contains("--hold must be"), hold.err());

        Run missing = sotto("bench", "fanout", "127.0.0.1:1", "--clients", "3");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--messages"), missing.err());
    }

    @Test
    void benchWithoutASubcommandShowsItsUsage() {
        Run run = sotto("bench");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("fanout") && run.err().contains("connections") && run.err().contains("baseline"),
                run.err());
    }

    @Test
    void fanoutAgainstARealServerPrintsJson() throws Exception {
        try (ChatServer server = benchServer()) {
            Run run = sotto("bench", "fanout", "127.0.0.1:" + server.port(), "--clients", "4", "--messages", "12",
                    "--suite", "Noise_NX_25519_ChaChaPoly_SHA256", "--warmup", "0", "--json", "--quiet");

            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().strip().startsWith("{\"benchmark\":\"fanout\""), run.out());
            assertTrue(run.out().contains("\"deliveries\":48") && run.out().contains("\"clean\":true"), run.out());
        }
    }

    @Test
    void connectionsAgainstARealServerPrintsJson() throws Exception {
        try (ChatServer server = benchServer()) {
            Run run = sotto("bench", "connections", "127.0.0.1:" + server.port(), "--clients", "3", "--hold", "0",
                    "--warmup-sessions", "0", "--json", "--quiet");

            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("\"joined\":3") && run.out().contains("\"warmup_sessions\":0")
                    && run.out().contains("\"clean\":true"), run.out());
        }
    }

    @Test
    void baselineSealedWithTheChosenSuitePrintsJson() {
        Run run = sotto("bench", "baseline", "--connections", "4", "--rate", "100", "--warmup", "0", "--seconds", "1",
                "--suite", "Noise_NX_25519_ChaChaPoly_SHA256", "--json", "--quiet");

        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().strip().startsWith("{\"benchmark\":\"baseline\""), run.out());
        // 100 messages stamped in the one measured second, each to 4 connections.
        assertTrue(run.out().contains("\"deliveries\":400,") && run.out().contains("\"clean\":true")
                && run.out().contains("\"sealed_with\":\"Noise_NX_25519_ChaChaPoly_SHA256\""), run.out());
    }

    @Test
    void baselineRefusesABatchWhenPaced() {
        Run run = sotto("bench", "baseline", "--rate", "100", "--batch", "8", "--quiet");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sotto bench: --batch is for the as-fast-as-possible mode"), run.err());
    }

    /** A real server on loopback with the benchmark's raised limits (100 clients, 1,000 msg/s each). */
    private ChatServer benchServer() throws Exception {
        ExtensionRegistry registry = ExtensionRegistry.discoverModules();
        ServerOptions d = ServerOptions.defaults(temp.resolve("server"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, d.transports(), d.dataDirectory(), "bench", "", false,
                100, d.maxMessageChars(), d.maxFrameBytes(), 1_000, 10_000, d.handshakeTimeout(), d.joinTimeout(),
                10_000, d.suites(), d.serializers());
        return ChatServer.start(options, registry.all(Transport.class),
                ExtensionChoice.pick(registry, CipherSuite.class, d.suites(), "crypto.suites"),
                ExtensionChoice.pick(registry, Serializer.class, d.serializers(), "serializer.preferred"),
                ServerLog.silent());
    }
}
