package io.sotto.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options every command accepts, before or after the subcommand name ({@code sotto --config F
 * server} and {@code sotto server --config F} mean the same).
 */
final class SharedOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The config file (default: conf/sotto.toml of the distribution, if present).")
    Path config;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Where plugin jars are loaded from (default: plugins/ of the distribution).")
    Path pluginsDirectory;

    @Option(names = "--debug", description = "Show the stack trace of errors.")
    boolean debug;

    /** These options where given, else the ones given before the subcommand. */
    SharedOptions orElse(SharedOptions outer) {
        SharedOptions merged = new SharedOptions();
        merged.config = config != null ? config : outer == null ? null : outer.config;
        merged.pluginsDirectory = pluginsDirectory != null ? pluginsDirectory : outer == null ? null : outer.pluginsDirectory;
        merged.debug = debug || (outer != null && outer.debug);
        return merged;
    }

    /** The config file to read: the one given, else the distribution's, else none. */
    Optional<Path> configFile(Optional<Distribution> distribution) {
        if (config != null) {
            return Optional.of(config);
        }
        return distribution.flatMap(Distribution::defaultConfig);
    }

    /** The plugins folder: the one given, else the distribution's, else none. */
    Optional<Path> pluginsDirectory(Optional<Distribution> distribution) {
        if (pluginsDirectory != null) {
            return Optional.of(pluginsDirectory);
        }
        return distribution.map(Distribution::pluginsDirectory);
    }
}
