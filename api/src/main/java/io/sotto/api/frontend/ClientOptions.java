package io.sotto.api.frontend;

import java.util.Objects;
import java.util.Optional;

/**
 * The client's launch options.
 *
 * @param server the server as the user gave it ({@code tcp://host:port} or {@code host:port}),
 *     empty when the front-end should ask
 * @param nick the nickname, empty when the front-end should ask
 * @param acceptNewServer trust an unknown server without asking (never a changed one)
 * @param debug show stack traces of errors
 */
public record ClientOptions(Optional<String> server, Optional<String> nick, boolean acceptNewServer, boolean debug) {
    public ClientOptions {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(nick, "nick");
    }
}
