package io.sotto.api.transport;

import java.util.Objects;

/**
 * Where and how a server listens.
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port to bind; 0 picks a free one (see {@link Listener#port()})
 * @param limits the limits applied to every accepted connection
 */
public record ListenSpec(String host, int port, FrameLimits limits) {
    public ListenSpec {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
    }
}
