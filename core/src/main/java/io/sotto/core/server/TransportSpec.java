package io.sotto.core.server;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entry of {@code [server] transports}: a transport id, optionally with the port it listens
 * on, e.g. {@code tcp} or {@code websocket:8080}.
 *
 * @param id the transport's id
 * @param port the port asked for; empty means {@code [server] port} for the first transport and
 *     the transport's default port for the others
 */
public record TransportSpec(String id, OptionalInt port) {
    public TransportSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(port, "port");
    }

    /**
     * Reads {@code id} or {@code id:port}.
     *
     * @throws IllegalArgumentException with a sentence saying what is expected
     */
    public static TransportSpec parse(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon < 0) {
            return new TransportSpec(requireId(entry, entry), OptionalInt.empty());
        }
        String id = requireId(entry.substring(0, colon), entry);
        try {
            int port = Integer.parseInt(entry.substring(colon + 1));
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return new TransportSpec(id, OptionalInt.of(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected(entry));
        }
    }

    private static String requireId(String id, String entry) {
        if (id.isBlank() || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(expected(entry));
        }
        return id;
    }

    private static String expected(String entry) {
        return "expected a transport id or id:port with a port from 0 to 65535 (e.g. \"websocket:8080\"), got \""
                + entry + "\"";
    }
}
