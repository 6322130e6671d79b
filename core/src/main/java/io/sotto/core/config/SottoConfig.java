package io.sotto.core.config;

import io.sotto.core.client.ClientSettings;
import io.sotto.core.server.ServerOptions;
import java.util.Objects;

/**
 * Everything {@code sotto.toml} sets, checked.
 *
 * @param server the server's options
 * @param client the client's connection settings
 * @param ui the id of the front-end the client runs ({@code client.ui})
 */
public record SottoConfig(ServerOptions server, ClientSettings client, String ui) {
    /** The front-end used when neither the file nor the command line picks one. */
    public static final String DEFAULT_UI = "console";

    public SottoConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(ui, "ui");
    }
}
