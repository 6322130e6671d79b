package io.sotto.app;

import io.sotto.api.frontend.ClientOptions;
import io.sotto.core.config.SottoConfig;
import io.sotto.core.registry.ExtensionRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sotto client}: joins a chat server. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Join a chat server. Flags override the config file's [client] section.")
final class ClientCommand implements Callable<Integer> {
    @ParentCommand
    SottoCommand parent;

    @Mixin
    SharedOptions shared;

    @Parameters(arity = "0..1", paramLabel = "URI",
            description = "The server, e.g. tcp://chat.example.org:7420 or host:port; asked for when missing.")
    String server;

    @Option(names = "--nick", paramLabel = "NAME", description = "Your nickname; asked for when missing.")
    String nick;

    @Option(names = "--ui", paramLabel = "ID", description = "The front-end: console or gui (client.ui, default console).")
    String ui;

    @Option(names = "--accept-new-server",
            description = "Trust a server seen for the first time without asking (a changed key is always refused).")
    boolean acceptNewServer;

    @Override
    public Integer call() throws Exception {
        SharedOptions options = shared.orElse(parent.shared);
        Optional<Distribution> distribution = Distribution.current();
        SottoConfig config = new Settings().override("client.ui", ui, "--ui").read(options, distribution);
        ClientOptions clientOptions = new ClientOptions(
                Optional.ofNullable(server), Optional.ofNullable(nick), acceptNewServer, options.debug);
        try (ExtensionRegistry registry = Registries.discover(options.pluginsDirectory(distribution))) {
            Warnings.print(registry, parent.spec.commandLine().getErr());
            return ClientLauncher.run(config.client(), clientOptions, config.ui(), registry);
        }
    }
}
