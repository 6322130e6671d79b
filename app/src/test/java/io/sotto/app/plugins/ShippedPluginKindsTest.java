package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.ExtensionKind;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped plugins declare that they hold only commands, so a server (which discovers
 * transports, cipher suites and serializers) leaves them unloaded, while clients load them.
 */
class ShippedPluginKindsTest {
    @TempDir
    Path temp;

    @Test
    void aServerLeavesTheShippedCommandPluginsUnloadedAndAClientLoadsThem() throws Exception {
        Path plugins = temp.resolve("plugins");
        for (ShippedPlugins plugin : ShippedPlugins.values()) {
            assertEquals("command", plugin.manifestEntry(ShippedPlugins.KINDS), plugin + " declares its kinds");
            plugin.copyInto(plugins);
        }

        try (ExtensionRegistry server = ExtensionRegistry.discover(plugins,
                EnumSet.of(ExtensionKind.TRANSPORT, ExtensionKind.CIPHER_SUITE, ExtensionKind.SERIALIZER))) {
            assertTrue(server.describe().stream().noneMatch(info -> info.origin().startsWith("plugin ")),
                    server.describe().toString());
            assertEquals(List.of(), server.warnings());
        }
        try (ExtensionRegistry client = ExtensionRegistry.discover(plugins)) {
            for (ShippedPlugins plugin : ShippedPlugins.values()) {
                String origin = plugin.origin();
                assertTrue(client.describe().stream().anyMatch(info -> info.origin().equals(origin)),
                        origin + " in " + client.describe());
            }
            assertEquals(List.of(), client.warnings());
        }
    }
}
