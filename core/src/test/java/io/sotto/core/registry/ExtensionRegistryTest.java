package io.sotto.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.ExtensionKind;
import io.sotto.api.command.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionRegistryTest {
    @TempDir
    Path temp;

    private Path plugins() {
        return temp.resolve("plugins");
    }

    @Test
    void findsServiceLoaderProviderWithItsOrigin() {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            Command echo = registry.find(Command.class, "echo").orElseThrow();

            assertTrue(echo instanceof EchoCommand);
            assertTrue(registry.originOf(echo).startsWith("class path ("), registry.originOf(echo));
            assertTrue(registry.describe().contains(new ExtensionInfo(
                    ExtensionKind.COMMAND, "echo", "Prints its arguments.", "unversioned", registry.originOf(echo))));
        }
    }

    @Test
    void reportsBrokenServiceLoaderProvidersAndKeepsTheOthers() {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.find(Command.class, "echo").isPresent());
            assertTrue(registry.find(Command.class, "failing").isEmpty());
            assertTrue(hasWarning(registry, "FailingCommand", "this provider always fails"), registry.warnings().toString());
            assertTrue(hasWarning(registry, "NoSuchCommand"), registry.warnings().toString());
        }
    }

    @Test
    void missingPluginsFolderMeansNoPluginsAndNoWarningAboutIt() {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(temp.resolve("absent"))) {
            assertTrue(registry.describe().stream().noneMatch(info -> info.origin().startsWith("plugin ")));
            assertTrue(registry.warnings().stream().noneMatch(w -> w.contains("absent")), registry.warnings().toString());
        }
    }

    @Test
    void findsACommandInAPluginJarBuiltForTheTest() throws Exception {
        PluginJarBuilder.plugin("greeter", "1.2.3")
                .command("org.example.greet", "GreetCommand", "greet", "hello from a plugin")
                .writeTo(plugins(), "greeter-1.2.3.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            Command greet = registry.find(Command.class, "greet").orElseThrow();
            RecordingContext context = new RecordingContext("");
            greet.execute(context);

            assertEquals(List.of("hello from a plugin"), context.printed);
            assertEquals("plugin greeter (plugins/greeter-1.2.3.jar)", registry.originOf(greet));
            assertTrue(registry.describe().contains(new ExtensionInfo(ExtensionKind.COMMAND, "greet",
                    "Test command greet.", "1.2.3", "plugin greeter (plugins/greeter-1.2.3.jar)")));
        }
    }

    @Test
    void listsEveryCommandSortedById() throws Exception {
        PluginJarBuilder.plugin("two", "1.0")
                .command("org.example.two", "Zulu", "zulu", "z")
                .command("org.example.two", "Alpha", "alpha", "a")
                .writeTo(plugins(), "two.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            List<String> ids = registry.all(Command.class).stream().map(Command::id).toList();

            assertEquals(List.of("alpha", "echo", "zulu"), ids);
        }
    }

    @Test
    void duplicateIdsAcrossModuleAndPluginNameBothOrigins() throws Exception {
        PluginJarBuilder.plugin("copycat", "0.1")
                .command("org.example.copy", "Echo", "echo", "copy")
                .writeTo(plugins(), "copycat.jar");

        DuplicateExtensionException e =
                assertThrows(DuplicateExtensionException.class, () -> ExtensionRegistry.discover(plugins()));

        assertTrue(e.getMessage().contains("command"), e.getMessage());
        assertTrue(e.getMessage().contains("\"echo\""), e.getMessage());
        assertTrue(e.getMessage().contains("class path (test-classes)"), e.getMessage());
        assertTrue(e.getMessage().contains("plugin copycat (plugins/copycat.jar)"), e.getMessage());
    }

    @Test
    void duplicateIdsInTwoPluginJarsNameBothJars() throws Exception {
        PluginJarBuilder.plugin("first", "1").command("org.example.a", "Same", "same", "a").writeTo(plugins(), "a.jar");
        PluginJarBuilder.plugin("second", "1").command("org.example.b", "Same", "same", "b").writeTo(plugins(), "b.jar");

        DuplicateExtensionException e =
                assertThrows(DuplicateExtensionException.class, () -> ExtensionRegistry.discover(plugins()));

        assertEquals(ExtensionKind.COMMAND, e.kind());
        assertEquals("same", e.id());
        assertTrue(e.getMessage().contains("plugin first (plugins/a.jar)"), e.getMessage());
        assertTrue(e.getMessage().contains("plugin second (plugins/b.jar)"), e.getMessage());
    }

    @Test
    void corruptJarIsSkippedWithItsNameWhileAGoodPluginBesideItLoads() throws Exception {
        PluginJarBuilder.plugin("greeter", "1.0")
                .command("org.example.greet", "GreetCommand", "greet", "hi")
                .writeTo(plugins(), "greeter.jar");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(plugins().resolve("x.jar"), noise);

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.find(Command.class, "greet").isPresent());
            assertTrue(registry.warnings().stream().anyMatch(w -> w.startsWith("skipped plugins/x.jar: not a valid plugin jar (")),
                    registry.warnings().toString());
        }
    }

    @Test
    void jarWithoutPluginIdIsSkippedWithAReason() throws Exception {
        PluginJarBuilder.plugin(null, "1.0").command("org.example.lib", "Lib", "lib", "x").writeTo(plugins(), "library.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.find(Command.class, "lib").isEmpty());
            assertTrue(registry.warnings().contains("skipped plugins/library.jar: not a PF4J plugin (no Plugin-Id in its manifest)"),
                    registry.warnings().toString());
        }
    }

    @Test
    void secondJarWithTheSamePluginIdIsSkipped() throws Exception {
        PluginJarBuilder.plugin("greeter", "1.0").command("org.example.g1", "G", "greet", "one").writeTo(plugins(), "greeter-1.0.jar");
        PluginJarBuilder.plugin("greeter", "2.0").command("org.example.g2", "G", "greet", "two").writeTo(plugins(), "greeter-2.0.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertEquals("plugin greeter (plugins/greeter-1.0.jar)",
                    registry.originOf(registry.find(Command.class, "greet").orElseThrow()));
            assertTrue(registry.warnings().contains(
                    "skipped plugins/greeter-2.0.jar: plugin greeter is already loaded from plugins/greeter-1.0.jar"),
                    registry.warnings().toString());
        }
    }

    @Test
    void closeStopsSeveralStartedPlugins() throws Exception {
        // PF4J 3.15's stopPlugins() fails once two plugins have started; close() must not.
        PluginJarBuilder.plugin("one", "1").command("org.example.one", "One", "one", "1").writeTo(plugins(), "one.jar");
        PluginJarBuilder.plugin("two", "1").command("org.example.two", "Two", "two", "2").writeTo(plugins(), "two.jar");

        ExtensionRegistry registry = ExtensionRegistry.discover(plugins());
        assertEquals(2, registry.describe().stream().filter(i -> i.origin().startsWith("plugin ")).count());
        registry.close();
        registry.close(); // idempotent
    }

    @Test
    void discoveryLimitedToSomeKindsNeverInstantiatesTheOthers() throws Exception {
        PluginJarBuilder.plugin("greeter", "1.0")
                .command("org.example.greet", "GreetCommand", "greet", "hi")
                .writeTo(plugins(), "greeter.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins(),
                EnumSet.of(ExtensionKind.TRANSPORT, ExtensionKind.SERIALIZER))) {
            assertTrue(registry.all(Command.class).isEmpty());
            assertTrue(registry.describe().stream().noneMatch(info -> info.kind() == ExtensionKind.COMMAND));
            // The failing command provider would have left a warning, had it been instantiated.
            assertTrue(registry.warnings().isEmpty(), registry.warnings().toString());
        }
        try (ExtensionRegistry registry = ExtensionRegistry.discoverModules(EnumSet.noneOf(ExtensionKind.class))) {
            assertTrue(registry.describe().isEmpty());
            assertTrue(registry.warnings().isEmpty(), registry.warnings().toString());
        }
    }

    @Test
    void aJarDeclaringOnlyCommandsIsNotLoadedByAProcessThatUsesNone() throws Exception {
        // PF4J refuses to start a plugin whose dependency is missing: a warning if it ever sees the jar.
        PluginJarBuilder.plugin("needy", "1.0")
                .command("org.example.needy", "NeedyCommand", "needy", "x")
                .manifestEntry("Sotto-Extensions", "command")
                .manifestEntry("Plugin-Dependencies", "absent-plugin")
                .writeTo(plugins(), "needy.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins(),
                EnumSet.of(ExtensionKind.TRANSPORT, ExtensionKind.CIPHER_SUITE, ExtensionKind.SERIALIZER))) {
            assertTrue(pluginWarnings(registry).isEmpty(), registry.warnings().toString());
        }
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.warnings().stream().anyMatch(w -> w.startsWith("skipped plugins/needy.jar: PF4J could not load it")),
                    registry.warnings().toString());
        }
    }

    @Test
    void aJarDeclaringItsCommandsLoadsThemWhereCommandsAreWanted() throws Exception {
        PluginJarBuilder.plugin("greeter", "1.0")
                .command("org.example.greet", "GreetCommand", "greet", "hi")
                .manifestEntry("Sotto-Extensions", " command , front-end")
                .writeTo(plugins(), "greeter.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertEquals("plugin greeter (plugins/greeter.jar)",
                    registry.originOf(registry.find(Command.class, "greet").orElseThrow()));
            assertTrue(pluginWarnings(registry).isEmpty(), registry.warnings().toString());
        }
    }

    @Test
    void anUnknownKindInTheManifestSkipsTheJarAndListsTheKinds() throws Exception {
        PluginJarBuilder.plugin("widgets", "1.0")
                .command("org.example.w", "W", "w", "x")
                .manifestEntry("Sotto-Extensions", "command,widget")
                .writeTo(plugins(), "widgets.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.find(Command.class, "w").isEmpty());
            assertEquals(List.of("skipped plugins/widgets.jar: plugin widgets names an unknown kind of extension,"
                    + " 'widget', in its Sotto-Extensions manifest entry; the kinds are transport, cipher-suite,"
                    + " serializer, command, front-end"), pluginWarnings(registry));
        }
    }

    @Test
    void extensionsOfAKindTheManifestDoesNotNameAreSkippedWithAWarning() throws Exception {
        PluginJarBuilder.plugin("mislabelled", "1.0")
                .command("org.example.m", "M", "m", "x")
                .manifestEntry("Sotto-Extensions", "transport")
                .writeTo(plugins(), "mislabelled.jar");

        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins())) {
            assertTrue(registry.find(Command.class, "m").isEmpty());
            assertEquals(List.of("skipped the command extensions of plugin mislabelled (plugins/mislabelled.jar): its"
                    + " Sotto-Extensions manifest entry does not name command"), pluginWarnings(registry));
        }
    }

    /** The warnings about jars in the plugins folder (the test class path adds failing providers). */
    private static List<String> pluginWarnings(ExtensionRegistry registry) {
        return registry.warnings().stream().filter(warning -> warning.contains("plugins/")).toList();
    }

    @Test
    void explicitRegistryRefusesDuplicatesAndFindsById() {
        ExtensionRegistry registry = ExtensionRegistry.of(new EchoCommand());
        assertTrue(registry.find(Command.class, "echo").isPresent());
        assertTrue(registry.warnings().isEmpty());

        assertThrows(DuplicateExtensionException.class, () -> ExtensionRegistry.of(new EchoCommand(), new EchoCommand()));
    }

    @Test
    void originOfAForeignExtensionIsRefused() {
        ExtensionRegistry registry = ExtensionRegistry.of();
        assertThrows(IllegalArgumentException.class, () -> registry.originOf(new EchoCommand()));
    }

    private static boolean hasWarning(ExtensionRegistry registry, String... parts) {
        return registry.warnings().stream().anyMatch(w -> List.of(parts).stream().allMatch(w::contains));
    }
}
