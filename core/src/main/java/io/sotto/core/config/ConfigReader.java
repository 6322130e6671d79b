package io.sotto.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.server.ServerOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code sotto.toml} and command-line overrides into a checked {@link SottoConfig}.
 *
 * <p>The file has four sections: {@code [server]}, {@code [client]}, {@code [crypto]} (the cipher
 * suites, in order of preference) and {@code [serializer]} (the serializers, likewise); the last
 * two apply to both server and client. A missing key keeps its default; an unknown section or key,
 * a wrong type or a value out of range is a {@link ConfigException} naming the file, the key and
 * what was expected. The default file {@code conf/sotto.toml} of the distribution documents
 * every key.
 */
public final class ConfigReader {
    private static final List<String> SECTIONS = List.of("server", "client", "crypto", "serializer");

    private final Path home;
    private final String userHome;

    /**
     * @param home Sotto's state folder ({@link SottoHome}), which the default paths are in
     * @param userHome the user's home folder, for {@code ~} in paths
     */
    public ConfigReader(Path home, String userHome) {
        this.home = Objects.requireNonNull(home, "home");
        this.userHome = Objects.requireNonNull(userHome, "userHome");
    }

    /** A reader for this process's user and environment. */
    public static ConfigReader forCurrentUser() {
        return new ConfigReader(SottoHome.current(), System.getProperty("user.home"));
    }

    /** The settings when there is no file and no override. */
    public SottoConfig defaults() {
        return new SottoConfig(
                ServerOptions.defaults(SottoHome.serverDataDirectory(home)),
                ClientSettings.defaults(home),
                SottoConfig.DEFAULT_UI);
    }

    /**
     * Reads {@code file} (when given) and applies {@code overrides} on top of it.
     *
     * @throws ConfigException with a one-line message when the file cannot be read or parsed, or a
     *     value is not acceptable
     */
    public SottoConfig read(Optional<Path> file, List<ConfigOverride> overrides) throws ConfigException {
        String fileName = file.map(Path::toString).orElse("(no config file)");
        ObjectNode root = file.isPresent() ? parse(file.get()) : TomlTree.table();
        Map<String, String> flagByKey = new HashMap<>();
        for (ConfigOverride override : overrides) {
            String section = override.key().substring(0, override.key().indexOf('.'));
            String key = override.key().substring(section.length() + 1);
            JsonNode existing = root.get(section);
            ObjectNode table = existing instanceof ObjectNode object ? object : root.putObject(section);
            table.set(key, TomlTree.of(override.value()));
            flagByKey.put(override.key(), override.flag());
        }
        return check(root, new Sources(fileName, flagByKey));
    }

    private ObjectNode parse(Path file) throws ConfigException {
        try {
            return TomlTree.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file + ": not allowed to read the config file");
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String line = location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
            throw new ConfigException(file + ": " + line + "not valid TOML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file (" + e.getMessage() + ")", e);
        }
    }

    private SottoConfig check(ObjectNode root, Sources sources) throws ConfigException {
        Map<String, ObjectNode> tables = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!(field.getValue() instanceof ObjectNode table)) {
                throw new ConfigException(sources.fileName() + ": " + name
                        + ": a setting outside any section; the sections are " + sectionList());
            }
            if (!SECTIONS.contains(name)) {
                throw new ConfigException(sources.fileName() + ": [" + name + "]: unknown section; the sections are "
                        + sectionList());
            }
            tables.put(name, table);
        }
        Section crypto = section("crypto", tables, sources);
        List<String> suites = crypto.names("suites").orElse(null);
        crypto.rejectUnknownKeys();
        Section serializer = section("serializer", tables, sources);
        List<String> serializers = serializer.names("preferred").orElse(null);
        serializer.rejectUnknownKeys();

        SottoConfig defaults = defaults();
        ServerOptions server = server(section("server", tables, sources), defaults.server(), suites, serializers);
        Section clientSection = section("client", tables, sources);
        String ui = clientSection.string("ui", false).orElse(defaults.ui());
        ClientSettings client = client(clientSection, defaults.client(), suites, serializers);
        return new SottoConfig(server, client, ui);
    }

    private ServerOptions server(Section s, ServerOptions d, List<String> suites, List<String> serializers)
            throws ConfigException {
        ServerOptions options = new ServerOptions(
                s.string("host", false).orElse(d.host()),
                s.integer("port", 0, 65_535).orElse(d.port()),
                s.names("transports", io.sotto.core.server.TransportSpec::parse).orElse(d.transports()),
                s.path("data_dir", userHome).orElse(d.dataDirectory()),
                s.string("name", false).orElse(d.serverName()),
                s.string("motd", true).orElse(d.motd()),
                s.bool("log_addresses").orElse(d.logAddresses()),
                s.integer("max_clients", 1, 100_000).orElse(d.maxClients()),
                s.integer("max_message_chars", 1, 16_000).orElse(d.maxMessageChars()),
                s.integer("max_frame_bytes", 1_024, 65_535).orElse(d.maxFrameBytes()),
                s.integer("messages_per_second", 1, 1_000).orElse(d.messagesPerSecond()),
                s.integer("message_burst", 1, 10_000).orElse(d.messageBurst()),
                seconds(s.integer("handshake_timeout_seconds", 1, 300), d.handshakeTimeout()),
                seconds(s.integer("join_timeout_seconds", 1, 3_600), d.joinTimeout()),
                s.integer("outbound_queue_limit", 1, 1_000_000).orElse(d.outboundQueueLimit()),
                suites == null ? d.suites() : suites,
                serializers == null ? d.serializers() : serializers);
        s.rejectUnknownKeys();
        return options;
    }

    private ClientSettings client(Section s, ClientSettings d, List<String> suites, List<String> serializers)
            throws ConfigException {
        ClientSettings settings = new ClientSettings(
                s.path("state_dir", userHome).orElse(d.stateDirectory()),
                suites == null ? d.suites() : suites,
                serializers == null ? d.serializers() : serializers,
                seconds(s.integer("connect_timeout_seconds", 1, 300), d.connectTimeout()),
                s.integer("reconnect_attempts", 0, 1_000).orElse(d.reconnectAttempts()),
                seconds(s.integer("reconnect_max_delay_seconds", 1, 3_600), d.reconnectMaxDelay()));
        s.rejectUnknownKeys();
        return settings;
    }

    private Section section(String name, Map<String, ObjectNode> tables, Sources sources) {
        ObjectNode table = tables.getOrDefault(name, TomlTree.table());
        return new Section(name, table, sources);
    }

    private static String sectionList() {
        return "[" + String.join("], [", SECTIONS) + "]";
    }

    /** Durations are whole seconds in the file. */
    private static Duration seconds(Optional<Integer> seconds, Duration fallback) {
        return seconds.map(Duration::ofSeconds).orElse(fallback);
    }
}
