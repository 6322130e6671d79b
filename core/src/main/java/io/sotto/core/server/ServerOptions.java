package io.sotto.core.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything an operator can set about a server. Built by the launcher from the config file and
 * the command line; {@link #defaults(Path)} gives the documented defaults.
 *
 * @param host the address to listen on
 * @param port the port to listen on (0: any free port)
 * @param transports ids of the transports to listen with (the first on {@code port})
 * @param dataDirectory where the server keeps its static key (nothing else)
 * @param serverName shown to clients when they join
 * @param motd message of the day, shown when they join; may be empty
 * @param logAddresses log client addresses (off: the server records no addresses)
 * @param maxClients connections accepted at once; more are told the server is full
 * @param maxMessageChars longest chat message, in characters
 * @param maxFrameBytes longest frame accepted from a client, at most 65,535
 * @param messagesPerSecond sustained rate of frames one client may send
 * @param messageBurst frames one client may send in a burst above that rate
 * @param handshakeTimeout time allowed for each step of hello and handshake
 * @param joinTimeout time allowed between handshake and an accepted join
 * @param outboundQueueLimit records queued for one client before it counts as too slow
 * @param suites cipher suite ids in order of preference
 * @param serializers serializer ids in order of preference
 */
public record ServerOptions(
        String host,
        int port,
        List<String> transports,
        Path dataDirectory,
        String serverName,
        String motd,
        boolean logAddresses,
        int maxClients,
        int maxMessageChars,
        int maxFrameBytes,
        int messagesPerSecond,
        int messageBurst,
        Duration handshakeTimeout,
        Duration joinTimeout,
        int outboundQueueLimit,
        List<String> suites,
        List<String> serializers) {

    /** The port a server listens on when none is given. */
    public static final int DEFAULT_PORT = 7420;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        transports = List.copyOf(transports);
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(motd, "motd");
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(joinTimeout, "joinTimeout");
        suites = List.copyOf(suites);
        serializers = List.copyOf(serializers);
    }

    /** The documented defaults, keeping the key in {@code dataDirectory}. */
    public static ServerOptions defaults(Path dataDirectory) {
        return new ServerOptions(
                "0.0.0.0",
                DEFAULT_PORT,
                List.of("tcp"),
                dataDirectory,
                "Sotto",
                "",
                false,
                1_000,
                4_000,
                65_535,
                20,
                40,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                1_024,
                List.of("Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256", "Noise_NX_25519_AESGCM_SHA256",
                        "Noise_NX_25519_ChaChaPoly_SHA256"),
                List.of("json", "cbor"));
    }
}
