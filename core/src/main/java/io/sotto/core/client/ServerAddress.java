package io.sotto.core.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A server as the user names it: {@code tcp://host:port}, or the shorthand {@code host:port} (or
 * just {@code host}) for TCP.
 *
 * @param uri the full URI, scheme included; the port is -1 when not given
 */
public record ServerAddress(URI uri) {

    /** The scheme assumed for the shorthand. */
    public static final String DEFAULT_SCHEME = "tcp";

    /**
     * Parses what the user typed.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is not a server
     *     address
     */
    public static ServerAddress parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no server given");
        }
        String withScheme = trimmed.contains("://") ? trimmed : DEFAULT_SCHEME + "://" + trimmed;
        try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException("'" + text + "' is not a server address; expected tcp://host:port or host:port");
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean hasPath = uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/");
            if (hasPath && scheme.equals(DEFAULT_SCHEME)) {
                throw new IllegalArgumentException("'" + text + "' has a path; expected tcp://host:port or host:port");
            }
            // Other schemes keep their path: a WebSocket server behind a proxy lives at ws://host/sotto.
            return new ServerAddress(new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(),
                    hasPath ? uri.getPath() : null, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a server address: " + e.getReason());
        }
    }

    public String scheme() {
        return uri.getScheme();
    }

    /** {@code host:port} with the given default port filled in, as the known-servers file keys it. */
    public String hostAndPort(int defaultPort) {
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        return uri.getHost() + ":" + port;
    }

    /** The URI with the default port filled in. */
    public URI withDefaultPort(int defaultPort) {
        if (uri.getPort() >= 0) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), defaultPort, uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a parsed address cannot become invalid", e);
        }
    }
}
