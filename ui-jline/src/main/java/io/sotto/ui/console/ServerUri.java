package io.sotto.ui.console;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The server as the user typed it, made into the URI the client connects to: {@code
 * tcp://host:port} as is, and the shorthand {@code host:port} as {@code tcp://host:port}.
 */
final class ServerUri {
    static final String DEFAULT_SCHEME = "tcp";

    private ServerUri() {}

    /** @throws IllegalArgumentException with a sentence for the user */
    static URI parse(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no server given");
        }
        String withScheme = text.contains("://") ? text : DEFAULT_SCHEME + "://" + text;
        try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("'" + Sanitizer.inline(text)
                        + "' is not a server address; expected tcp://host:port or host:port");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + Sanitizer.inline(text)
                    + "' is not a server address; expected tcp://host:port or host:port");
        }
    }
}
