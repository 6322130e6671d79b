package io.sotto.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.core.client.ClientSettings;
import io.sotto.core.server.ServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigReaderTest {
    @TempDir
    Path temp;

    private ConfigReader reader() {
        return new ConfigReader(temp.resolve("home"), temp.resolve("user").toString());
    }

    private Path file(String toml) throws IOException {
        Path file = temp.resolve("sotto.toml");
        Files.writeString(file, toml);
        return file;
    }

    private String error(String toml) throws IOException {
        Path file = file(toml);
        return assertThrows(ConfigException.class, () -> reader().read(Optional.of(file), List.of())).getMessage();
    }

    @Test
    void noFileGivesTheDocumentedDefaultsUnderTheHomeFolder() throws Exception {
        SottoConfig config = reader().read(Optional.empty(), List.of());

        assertEquals(ServerOptions.defaults(temp.resolve("home").resolve("server")), config.server());
        assertEquals(ClientSettings.defaults(temp.resolve("home")), config.client());
        assertEquals("console", config.ui());
    }

    @Test
    void emptyFileGivesTheDefaults() throws Exception {
        assertEquals(reader().defaults(), reader().read(Optional.of(file("")), List.of()));
    }

    @Test
    void goodFileOverridesDefaults() throws Exception {
        SottoConfig config = reader().read(Optional.of(file("""
                # a comment
                [server]
                host = "127.0.0.1"
                port = 9000
                transports = ["tcp"]
                data_dir = "~/srv"
                name = "Den"
                motd = ""
                log_addresses = true
                max_clients = 5
                max_message_chars = 100
                max_frame_bytes = 4096
                messages_per_second = 3
                message_burst = 6
                handshake_timeout_seconds = 2
                join_timeout_seconds = 30
                outbound_queue_limit = 64

                [client]
                ui = "gui"
                state_dir = "/tmp/state"
                connect_timeout_seconds = 4
                reconnect_attempts = 0
                reconnect_max_delay_seconds = 8

                [crypto]
                suites = ["Noise_NX_25519_ChaChaPoly_SHA256"]

                [serializer]
                preferred = ["json", "cbor"]
                """)), List.of());

        ServerOptions server = config.server();
        assertEquals(new ServerOptions("127.0.0.1", 9000, List.of("tcp"), temp.resolve("user").resolve("srv"), "Den", "",
                true, 5, 100, 4096, 3, 6, Duration.ofSeconds(2), Duration.ofSeconds(30), 64,
                List.of("Noise_NX_25519_ChaChaPoly_SHA256"), List.of("json", "cbor")), server);
        assertEquals(new ClientSettings(Path.of("/tmp/state"), List.of("Noise_NX_25519_ChaChaPoly_SHA256"),
                List.of("json", "cbor"), Duration.ofSeconds(4), 0, Duration.ofSeconds(8)), config.client());
        assertEquals("gui", config.ui());
    }

    @Test
    void commandLineOverridesWinOverTheFile() throws Exception {
        Path file = file("[server]\nport = 9000\nname = \"Den\"\n");

        SottoConfig config = reader().read(Optional.of(file), List.of(
                new ConfigOverride("server.port", 9100, "--port"),
                new ConfigOverride("client.ui", "gui", "--ui")));

        assertEquals(9100, config.server().port());
        assertEquals("Den", config.server().serverName());
        assertEquals("gui", config.ui());
    }

    @Test
    void badOverrideNamesTheFlag() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> reader().read(Optional.of(file("")),
                List.of(new ConfigOverride("server.port", 70_000, "--port"))));

        assertEquals("option --port: expected an integer from 0 to 65535, got 70000", e.getMessage());
    }

    @Test
    void wrongTypeNamesFileKeyAndExpectation() throws Exception {
        String file = temp.resolve("sotto.toml").toString();
        assertEquals(file + ": server.port: expected an integer from 0 to 65535, got \"abc\"",
                error("[server]\nport = \"abc\"\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port = 65536                   | server.port: expected an integer from 0 to 65535, got 65536",
        "port = -1                      | server.port: expected an integer from 0 to 65535, got -1",
        "port = 80.5                    | server.port: expected an integer from 0 to 65535, got 80.5",
        "port = 99999999999999999999999 | server.port: expected an integer from 0 to 65535, got 99999999999999999999999",
        "max_frame_bytes = 65536        | server.max_frame_bytes: expected an integer from 1024 to 65535, got 65536",
        "max_clients = -5               | server.max_clients: expected an integer from 1 to 100000, got -5",
        "transports = []                | server.transports: expected a non-empty list of distinct non-empty strings, got []",
        "transports = ['tcp', 'tcp']    | server.transports: expected a non-empty list of distinct non-empty strings, got [\"tcp\",\"tcp\"]",
        "transports = 'tcp'             | server.transports: expected a non-empty list of distinct non-empty strings, got \"tcp\"",
        "transports = ['websocket:web'] | server.transports: expected a transport id or id:port with a port from 0 to 65535 (e.g. \"websocket:8080\"), got \"websocket:web\"",
        "log_addresses = 'yes'          | server.log_addresses: expected true or false, got \"yes\"",
        "name = ''                      | server.name: expected a non-empty string, got \"\"",
        "host = 7                       | server.host: expected a non-empty string, got 7",
        "handshake_timeout_seconds = 0  | server.handshake_timeout_seconds: expected an integer from 1 to 300, got 0",
    })
    void badServerValuesAreRefused(String line, String expected) throws Exception {
        assertEquals(temp.resolve("sotto.toml") + ": " + expected, error("[server]\n" + line + "\n"));
    }

    @Test
    void badClientValueIsRefused() throws Exception {
        assertTrue(error("[client]\nreconnect_attempts = -1\n")
                .endsWith("sotto.toml: client.reconnect_attempts: expected an integer from 0 to 1000, got -1"));
    }

    @Test
    void emptySuiteListIsRefused() throws Exception {
        assertTrue(error("[crypto]\nsuites = []\n")
                .endsWith("sotto.toml: crypto.suites: expected a non-empty list of distinct non-empty strings, got []"));
    }

    @Test
    void unknownKeyIsRefusedWithTheKnownOnes() throws Exception {
        String message = error("[server]\nprot = 80\n");

        assertTrue(message.endsWith("sotto.toml: server.prot: unknown key; [server] knows host, port, transports, data_dir, "
                + "name, motd, log_addresses, max_clients, max_message_chars, max_frame_bytes, messages_per_second, "
                + "message_burst, handshake_timeout_seconds, join_timeout_seconds, outbound_queue_limit"), message);
    }

    @Test
    void unknownSectionIsRefused() throws Exception {
        assertTrue(error("[servre]\nport = 80\n")
                .endsWith("sotto.toml: [servre]: unknown section; the sections are [server], [client], [crypto], [serializer]"));
    }

    @Test
    void keyOutsideAnySectionIsRefused() throws Exception {
        assertTrue(error("port = 80\n").endsWith("sotto.toml: port: a setting outside any section; the sections are "
                + "[server], [client], [crypto], [serializer]"));
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws Exception {
        String message = error("[server]\nport = 80\nname = \"unterminated\n");

        assertTrue(message.startsWith(temp.resolve("sotto.toml") + ": line 3: not valid TOML: "), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void duplicateKeyIsASyntaxError() throws Exception {
        String message = error("[server]\nport = 80\nport = 81\n");

        // The TOML parser notices after reading the line, so it may point at the next one.
        assertTrue(message.matches(".*sotto\\.toml: line [34]: not valid TOML: Duplicate key.*"), message);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = temp.resolve("nope.toml");
        ConfigException e = assertThrows(ConfigException.class, () -> reader().read(Optional.of(missing), List.of()));

        assertEquals(missing + ": no such config file", e.getMessage());
    }

    @Test
    void homeComesFromSottoHomeOrTheUserHome() {
        assertEquals(Path.of("/srv/sotto"), SottoHome.resolve(Map.of("SOTTO_HOME", "/srv/sotto"), "/home/ann"));
        assertEquals(Path.of("/home/ann/.sotto"), SottoHome.resolve(Map.of(), "/home/ann"));
        assertEquals(Path.of("/home/ann/.sotto"), SottoHome.resolve(Map.of("SOTTO_HOME", " "), "/home/ann"));
    }
}
