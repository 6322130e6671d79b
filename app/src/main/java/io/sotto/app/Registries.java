package io.sotto.app;

import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Path;
import java.util.Optional;

/** Builds the extension registry for a command from the plugins folder it resolved. */
final class Registries {
    private Registries() {}

    static ExtensionRegistry discover(Optional<Path> pluginsDirectory) {
        return pluginsDirectory.map(ExtensionRegistry::discover).orElseGet(ExtensionRegistry::discoverModules);
    }
}
