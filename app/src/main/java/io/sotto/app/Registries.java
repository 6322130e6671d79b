package io.sotto.app;

import io.sotto.api.ExtensionKind;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Builds the extension registry for a command from the plugins folder it resolved. */
final class Registries {
    /**
     * What a server, or the load generator, uses: no front-end and no command. Leaving the others
     * out keeps their classes (and JavaFX's or JLine's, should one touch them when it is made) out
     * of a process that runs for weeks.
     */
    static final Set<ExtensionKind> CONNECTION_KINDS =
            EnumSet.of(ExtensionKind.TRANSPORT, ExtensionKind.CIPHER_SUITE, ExtensionKind.SERIALIZER);

    private Registries() {}

    /** Every kind of extension: for the client and for {@code sotto plugins}. */
    static ExtensionRegistry discover(Optional<Path> pluginsDirectory) {
        return discover(pluginsDirectory, EnumSet.allOf(ExtensionKind.class));
    }

    static ExtensionRegistry discover(Optional<Path> pluginsDirectory, Set<ExtensionKind> kinds) {
        return pluginsDirectory.map(directory -> ExtensionRegistry.discover(directory, kinds))
                .orElseGet(() -> ExtensionRegistry.discoverModules(kinds));
    }
}
