package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.command.Command;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.registry.DuplicateExtensionException;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that claims a command name already taken is refused, and the message names both. */
class NameClashTest {
    @TempDir
    Path temp;

    @Test
    void aPluginCommandWithATakenIdIsRefusedNamingBothPlugins() throws Exception {
        Path plugins = temp.resolve("plugins");
        ShippedPlugins.EXPORT.copyInto(plugins);
        TestPluginJar.plugin("copycat", "1.0")
                .source("org.example.bad.CopyCommand", PluginSources.command("CopyCommand", "export", "", ""))
                .writeTo(plugins, "copycat.jar");

        DuplicateExtensionException refused =
                assertThrows(DuplicateExtensionException.class, () -> ExtensionRegistry.discover(plugins).close());

        String message = refused.getMessage();
        assertTrue(message.startsWith("two command extensions have the id \"export\": one from "), message);
        assertTrue(message.contains(ShippedPlugins.EXPORT.origin()), message);
        assertTrue(message.contains("plugin copycat (plugins/copycat.jar)"), message);
    }

    @Test
    void aPluginCommandWithATakenAliasIsRefusedWhenTheClientWiresItsCommands() throws Exception {
        Path plugins = temp.resolve("plugins");
        ShippedPlugins.HELP.copyInto(plugins);
        TestPluginJar.plugin("helpful", "1.0")
                .source("org.example.bad.AssistCommand",
                        PluginSources.command("AssistCommand", "assist", "\"help\"", ""))
                .writeTo(plugins, "helpful.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new SottoCommandDispatcher(registry.all(Command.class), registry::originOf, temp,
                            Duration.ofSeconds(1)));

            String message = refused.getMessage();
            assertTrue(message.contains("'/help'") && message.contains("'/assist'"), message);
            assertTrue(message.contains(ShippedPlugins.HELP.origin()), message);
            assertTrue(message.contains("plugin helpful (plugins/helpful.jar)"), message);
        }
    }
}
