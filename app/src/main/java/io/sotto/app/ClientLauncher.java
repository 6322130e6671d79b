package io.sotto.app;

import io.sotto.api.frontend.ClientOptions;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.registry.ExtensionRegistry;

/** Starts the chosen front-end on a client session. */
public final class ClientLauncher {
    private ClientLauncher() {}

    /**
     * Runs the client until the user quits.
     *
     * @param settings connection settings from the config file
     * @param options the launch options from the command line
     * @param ui the id of the front-end to run
     * @return the process exit code
     */
    public static int run(ClientSettings settings, ClientOptions options, String ui, ExtensionRegistry registry) {
        // Placeholder until the client session and front-ends are wired in (another issue).
        System.err.println("sotto client: not implemented yet");
        return ExitCodes.FAILURE;
    }
}
