package io.sotto.bench;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ServerAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The server a benchmark loads and how its sessions are opened: the transport for the URI's
 * scheme, the suites and serializers offered (in order of preference) and the time allowed for
 * connecting and for each handshake step.
 */
public record BenchTarget(
        URI uri, Transport transport, List<CipherSuite> suites, List<Serializer> serializers, Duration connectTimeout) {

    /** The longest time {@link #connectTimeout()} may allow. */
    public static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(5);

    public BenchTarget {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(transport, "transport");
        suites = List.copyOf(suites);
        serializers = List.copyOf(serializers);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (suites.isEmpty() || serializers.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one cipher suite and one serializer");
        }
    }

    /**
     * Parses what the user typed ({@code tcp://host:port} or {@code host:port}), picks the
     * transport for its scheme and refuses a target that is not loopback unless {@code
     * allowRemote}.
     *
     * @throws IllegalArgumentException with a sentence for the user
     */
    public static BenchTarget resolve(String text, List<Transport> transports, List<CipherSuite> suites,
            List<Serializer> serializers, Duration connectTimeout, boolean allowRemote) {
        Limits.check("--connect-timeout", connectTimeout, Duration.ofSeconds(1), MAX_CONNECT_TIMEOUT);
        ServerAddress address = ServerAddress.parse(text);
        Transport transport = transports.stream()
                .filter(t -> t.schemes().contains(address.scheme()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transport for '" + address.scheme()
                        + "://' addresses; available: " + transports.stream()
                                .flatMap(t -> t.schemes().stream()).map(s -> s + "://").toList()));
        Loopback.check(address.uri().getHost(), allowRemote);
        return new BenchTarget(address.withDefaultPort(transport.defaultPort()), transport, suites, serializers,
                connectTimeout);
    }

    /** The frame limits a session connects with. */
    FrameLimits limits() {
        return new FrameLimits(FrameLimits.MAX_FRAME_BYTES, connectTimeout);
    }
}
