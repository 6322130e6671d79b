package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.ExtensionKind;
import io.sotto.api.command.Command;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.registry.ExtensionInfo;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin of docs/PLUGINS.md, built during the test, dropped into a plugins folder beside the
 * shipped help and export-chat jars, then found, listed by /help and run as the client runs it.
 */
class DroppedInPluginTest {
    @TempDir
    Path temp;

    private Path plugins;
    private DocExample example;

    @BeforeEach
    void dropPluginsIn() throws Exception {
        plugins = temp.resolve("plugins");
        example = DocExample.read();
        TestPluginJar.plugin(example.pluginId(), "1.0.0").source(example.className(), example.source())
                .writeTo(plugins, "roll.jar");
        ShippedPlugins.HELP.copyInto(plugins);
        ShippedPlugins.EXPORT.copyInto(plugins);
    }

    /** Wired as ClientLauncher wires it. */
    private SottoCommandDispatcher dispatcher(ExtensionRegistry registry) {
        return new SottoCommandDispatcher(registry.all(Command.class), registry::originOf, temp.resolve("state"),
                SottoCommandDispatcher.DEFAULT_TIME_LIMIT);
    }

    @Test
    void theDocumentedExampleIsShortAndItsJarHasTheExtensionIndexWrittenByPf4j() throws Exception {
        assertTrue(example.lines() <= 30, "the example has " + example.lines() + " lines");
        try (JarFile jar = new JarFile(plugins.resolve("roll.jar").toFile())) {
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes());
            assertTrue(index.lines().anyMatch(example.className()::equals), index);
        }
    }

    @Test
    void theRegistryFindsItWithItsPluginOriginBesideTheShippedPlugins() throws Exception {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            Command roll = registry.find(Command.class, "roll").orElseThrow();

            assertEquals("plugin " + example.pluginId() + " (plugins/roll.jar)", registry.originOf(roll));
            assertTrue(registry.describe().contains(new ExtensionInfo(ExtensionKind.COMMAND, "roll",
                    "Rolls a die and tells the room what came up.", "1.0.0", registry.originOf(roll))));
            assertEquals(ShippedPlugins.HELP.origin(), registry.originOf(registry.find(Command.class, "help").orElseThrow()));
            assertEquals(ShippedPlugins.EXPORT.origin(),
                    registry.originOf(registry.find(Command.class, "export").orElseThrow()));
            assertEquals(List.of(), registry.warnings());
        }
    }

    @Test
    void helpListsItAmongEveryCommandAndExplainsItWithItsOrigin() throws Exception {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            SottoCommandDispatcher dispatcher = dispatcher(registry);

            assertEquals(List.of(
                    "Commands (type /help COMMAND for details):",
                    "  /export  Saves this session's conversation to a file (txt, md or json).",
                    "  /help    Lists the commands, or explains one.",
                    "  /roll    Rolls a die and tells the room what came up."), Output.run(dispatcher, null, "/help"));
            assertEquals(List.of(
                    "Usage: /roll [SIDES]",
                    "  Rolls a die and tells the room what came up.",
                    "  Also: /dice",
                    "  From: plugin " + example.pluginId() + " (plugins/roll.jar)"), Output.run(dispatcher, null, "/help /dice"));
        }
    }

    @Test
    void itRunsByNameAndByAlias() throws Exception {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            SottoCommandDispatcher dispatcher = dispatcher(registry);

            assertEquals(List.of("/roll: SIDES is a whole number from 2 to 9999. Usage: /roll [SIDES]"),
                    Output.run(dispatcher, null, "/roll banana"));
            // Without a session the context refuses to send, which proves the command got as far as sending.
            assertEquals(List.of("not connected; nothing was sent"), Output.run(dispatcher, null, "/dice 20"));
        }
    }

    @Test
    void aBrokenJarBesideThemIsReportedWithItsFileNameAndTheOthersLoad() throws Exception {
        Files.write(plugins.resolve("broken.jar"), "this is not a zip file at all".getBytes());

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            assertEquals(1, registry.warnings().size(), registry.warnings().toString());
            assertTrue(registry.warnings().get(0).startsWith("skipped plugins/broken.jar: "), registry.warnings().get(0));
            assertEquals(List.of("export", "help", "roll"),
                    registry.all(Command.class).stream().map(Command::id).toList());
            assertEquals(List.of("/roll: SIDES is a whole number from 2 to 9999. Usage: /roll [SIDES]"),
                    Output.run(dispatcher(registry), null, "/roll 1"));
        }
    }
}
