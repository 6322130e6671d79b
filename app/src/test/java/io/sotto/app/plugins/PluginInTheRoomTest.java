package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.command.Command;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ChatServer;
import io.sotto.core.server.ServerLog;
import io.sotto.core.server.ServerOptions;
import io.sotto.crypto.noise.NoiseNx25519AesGcmSha256;
import io.sotto.testsupport.EventRecorder;
import io.sotto.transport.tcp.TcpTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server and two real clients: the documented plugin's command sends through the session
 * and the other client receives it; the shipped export plugin then writes what the sender saw.
 * The commands come from the plugins folder; the transport, suites and serializer are named here
 * because on the test class path their modules' {@code provides} clauses are not read.
 */
class PluginInTheRoomTest {
    private static final List<Transport> TRANSPORTS = List.of(new TcpTransport());
    private static final List<CipherSuite> SUITES = List.of(new NoiseNx25519AesGcmSha256());
    private static final List<Serializer> SERIALIZERS = List.of(new JsonSerializer());
    private static final Pattern ROLLED = Pattern.compile("rolled (\\d+) on a 20-sided die");

    @TempDir
    Path temp;

    @Test
    void aDroppedInCommandTalksToTheRoomAndTheExportKeepsIt() throws Exception {
        Path plugins = temp.resolve("plugins");
        DocExample example = DocExample.read();
        TestPluginJar.plugin(example.pluginId(), "1.0.0").source(example.className(), example.source())
                .writeTo(plugins, "roll.jar");
        ShippedPlugins.EXPORT.copyInto(plugins);

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins);
                ChatServer server = startServer(temp.resolve("server"))) {
            String address = "127.0.0.1:" + server.port();
            EventRecorder adaEvents = new EventRecorder();
            EventRecorder bobEvents = new EventRecorder();
            Path adaState = temp.resolve("ada");
            try (ChatSession ada = client(adaState).connect(address, ServerTrust.acceptNew(), adaEvents);
                    ChatSession bob = client(temp.resolve("bob")).connect(address, ServerTrust.acceptNew(),
                            bobEvents)) {
                ada.join("Ada");
                bob.join("Bob");
                SottoCommandDispatcher commands = new SottoCommandDispatcher(registry.all(Command.class),
                        registry::originOf, adaState, SottoCommandDispatcher.DEFAULT_TIME_LIMIT);

                assertEquals(List.of(), Output.run(commands, ada, "/roll 20"));

                ChatEvent.MessagePosted received = bobEvents.awaitMessage(m -> m.message().nick().equals("Ada"));
                Matcher rolled = ROLLED.matcher(received.message().text());
                assertTrue(rolled.matches(), received.message().text());
                int result = Integer.parseInt(rolled.group(1));
                assertTrue(result >= 1 && result <= 20, "rolled " + result);

                String tricky = "she said \"hi\" \\ </script> *x* 👋🏽 日本語";
                bob.say(tricky);
                adaEvents.awaitMessage(m -> m.message().text().equals(received.message().text()));
                adaEvents.awaitMessage(m -> m.message().text().equals(tricky));
                List<String> exported = Output.run(commands, ada, "/export_chat --format json");
                JsonNode events = readJsonExport(adaState.resolve("exports"), exported);
                assertTrue(hasMessage(events, "Ada", received.message().text()), events.toString());
                assertTrue(hasMessage(events, "Bob", tricky), events.toString());
            }
        }
    }

    /** The one file in {@code exports}, read with Jackson: the plugin's hand-written JSON must parse. */
    private static JsonNode readJsonExport(Path exports, List<String> printed) throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(exports)) {
            files = listed.toList();
        }
        assertEquals(1, files.size(), files.toString());
        Path file = files.getFirst();
        assertTrue(file.getFileName().toString().matches("chat-\\d{8}-\\d{6}\\.json"), file.toString());
        assertEquals(1, printed.size(), printed.toString());
        assertTrue(printed.get(0).matches("Exported \\d+ events? to " + Pattern.quote(file.toString())), printed.get(0));
        return new ObjectMapper().readTree(file.toFile()).get("events");
    }

    private static boolean hasMessage(JsonNode events, String nick, String text) {
        return events.valueStream().anyMatch(event -> event.get("type").asText().equals("message")
                && event.get("nick").asText().equals(nick) && event.get("text").asText().equals(text)
                && !event.get("action").asBoolean());
    }

    private static ChatServer startServer(Path data) throws Exception {
        ServerOptions d = ServerOptions.defaults(data);
        ServerOptions options = new ServerOptions("127.0.0.1", 0, d.transports(), d.dataDirectory(), "Plugin Test",
                "", d.logAddresses(), d.maxClients(), d.maxMessageChars(), d.maxFrameBytes(), d.messagesPerSecond(),
                d.messageBurst(), d.handshakeTimeout(), d.joinTimeout(), d.outboundQueueLimit(), d.suites(),
                d.serializers());
        return ChatServer.start(options, TRANSPORTS, SUITES,
                SERIALIZERS, ServerLog.silent());
    }

    private static SottoChatClient client(Path state) {
        ClientSettings settings = new ClientSettings(state, List.of("Noise_NX_25519_AESGCM_SHA256"), List.of("json"),
                Duration.ofSeconds(5), 5, Duration.ofSeconds(2));
        return new SottoChatClient(settings, TRANSPORTS, SUITES,
                SERIALIZERS);
    }
}
