package io.sotto.app;

import io.sotto.core.config.SottoConfig;
import io.sotto.core.registry.ExtensionRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sotto server}: runs a chat server. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run a chat server. Flags override the config file's [server] section.")
final class ServerCommand implements Callable<Integer> {
    @ParentCommand
    SottoCommand parent;

    @Mixin
    SharedOptions shared;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (server.host).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free port (server.port).")
    Integer port;

    @Option(names = "--transport", paramLabel = "ID[:PORT]", split = ",",
            description = "Transport(s) to listen with, each optionally with its port, e.g. tcp,websocket:8080"
                    + " (server.transports).")
    List<String> transports;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the server key is kept (server.data_dir).")
    String dataDirectory;

    @Option(names = "--name", paramLabel = "NAME", description = "Server name shown to clients (server.name).")
    String name;

    @Option(names = "--motd", paramLabel = "TEXT", description = "Message of the day (server.motd).")
    String motd;

    @Option(names = "--log-addresses", negatable = true,
            description = "Log client addresses; off by default (server.log_addresses).")
    Boolean logAddresses;

    @Override
    public Integer call() throws Exception {
        SharedOptions options = shared.orElse(parent.shared);
        Optional<Distribution> distribution = Distribution.current();
        SottoConfig config = new Settings()
                .override("server.host", host, "--host")
                .override("server.port", port, "--port")
                .override("server.transports", transports, "--transport")
                .override("server.data_dir", dataDirectory, "--data-dir")
                .override("server.name", name, "--name")
                .override("server.motd", motd, "--motd")
                .override("server.log_addresses", logAddresses, "--log-addresses")
                .read(options, distribution);
        try (ExtensionRegistry registry = Registries.discover(options.pluginsDirectory(distribution), Registries.CONNECTION_KINDS)) {
            Warnings.print(registry, parent.spec.commandLine().getErr());
            return ServerLauncher.run(config.server(), registry);
        }
    }
}
