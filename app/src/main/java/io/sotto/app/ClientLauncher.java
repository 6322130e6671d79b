package io.sotto.app;

import io.sotto.api.command.Command;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.api.frontend.FrontEnd;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.client.SottoChatClient;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.config.ConfigException;
import io.sotto.core.registry.ExtensionRegistry;
import java.util.List;
import java.util.Optional;

/** Starts the chosen front-end with a chat client and the commands found. */
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
    public static int run(ClientSettings settings, ClientOptions options, String ui, ExtensionRegistry registry)
            throws Exception {
        FrontEnd frontEnd = registry.find(FrontEnd.class, ui).orElseThrow(() -> new ConfigException(
                "client.ui: no front-end '" + ui + "'; available: "
                        + registry.all(FrontEnd.class).stream().map(FrontEnd::id).toList()));
        Optional<String> unavailable = frontEnd.unavailableReason();
        if (unavailable.isPresent()) {
            System.err.println("sotto: the " + ui + " front-end cannot run here: " + unavailable.get());
            return ExitCodes.USAGE;
        }
        List<CipherSuite> suites = ExtensionChoice.pick(registry, CipherSuite.class, settings.suites(), "crypto.suites");
        List<Serializer> serializers = ExtensionChoice.pick(registry, Serializer.class, settings.serializers(),
                "serializer.preferred");
        SottoChatClient client = new SottoChatClient(settings, registry.all(Transport.class), suites, serializers);
        SottoCommandDispatcher commands = dispatcher(settings, registry);
        return frontEnd.run(new LaunchContext(options, client, commands, settings.stateDirectory(),
                System.in, System.out, System.err));
    }

    /** The commands found; two claiming one name is a setup error naming both, like duplicate ids. */
    private static SottoCommandDispatcher dispatcher(ClientSettings settings, ExtensionRegistry registry)
            throws ConfigException {
        try {
            return new SottoCommandDispatcher(registry.all(Command.class), registry::originOf,
                    settings.stateDirectory(), SottoCommandDispatcher.DEFAULT_TIME_LIMIT);
        } catch (IllegalArgumentException clash) {
            throw new ConfigException(clash.getMessage() + "; remove one of the plugins", clash);
        }
    }
}
