package io.sotto.app;

import io.sotto.core.registry.ExtensionRegistry;
import io.sotto.core.server.ServerOptions;

/** Starts a chat server with checked options and the extensions found. */
public final class ServerLauncher {
    private ServerLauncher() {}

    /**
     * Runs the server until it is stopped.
     *
     * @return the process exit code
     */
    public static int run(ServerOptions options, ExtensionRegistry registry) {
        // Placeholder until the server is wired in (another issue).
        System.err.println("sotto server: not implemented yet");
        return ExitCodes.FAILURE;
    }
}
