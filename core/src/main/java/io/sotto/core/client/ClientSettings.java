package io.sotto.core.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the client connects. Built by the launcher from the config file and the command line.
 *
 * @param stateDirectory the client's folder ({@code SOTTO_HOME}, default {@code ~/.sotto}): known
 *     servers, exports, preferences
 * @param suites cipher suite ids offered, in order of preference
 * @param serializers serializer ids offered, in order of preference
 * @param connectTimeout time allowed to open the connection and for each handshake step
 * @param reconnectAttempts how often a lost connection is retried before giving up (0: never)
 * @param reconnectMaxDelay the longest wait between two retries (backoff doubles up to it)
 */
public record ClientSettings(
        Path stateDirectory,
        List<String> suites,
        List<String> serializers,
        Duration connectTimeout,
        int reconnectAttempts,
        Duration reconnectMaxDelay) {

    public ClientSettings {
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        suites = List.copyOf(suites);
        serializers = List.copyOf(serializers);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(reconnectMaxDelay, "reconnectMaxDelay");
    }

    /** The documented defaults, with state kept in {@code stateDirectory}. */
    public static ClientSettings defaults(Path stateDirectory) {
        return new ClientSettings(
                stateDirectory,
                List.of("Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256", "Noise_NX_25519_AESGCM_SHA256",
                        "Noise_NX_25519_ChaChaPoly_SHA256"),
                List.of("json", "cbor"),
                Duration.ofSeconds(10),
                10,
                Duration.ofSeconds(30));
    }
}
