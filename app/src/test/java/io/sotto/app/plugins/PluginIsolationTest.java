package io.sotto.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sotto.api.command.Command;
import io.sotto.core.command.SottoCommandDispatcher;
import io.sotto.core.registry.ExtensionRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third-party command that throws or hangs is reported by name and never stops the next one. */
class PluginIsolationTest {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private Path plugins;

    @BeforeEach
    void dropPluginsIn() throws Exception {
        plugins = temp.resolve("plugins");
        TestPluginJar.plugin("misbehaving", "0.1")
                .source("org.example.bad.BoomCommand", PluginSources.throwing())
                .source("org.example.bad.HangCommand", PluginSources.hanging())
                .writeTo(plugins, "misbehaving.jar");
        ShippedPlugins.HELP.copyInto(plugins);
    }

    private SottoCommandDispatcher dispatcher(ExtensionRegistry registry) {
        return new SottoCommandDispatcher(registry.all(Command.class), registry::originOf, temp.resolve("state"),
                TIME_LIMIT);
    }

    @Test
    void aThrowingCommandIsReportedByNameAndOriginAndTheNextCommandRuns() throws Exception {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            SottoCommandDispatcher dispatcher = dispatcher(registry);

            assertEquals(List.of("/boom failed: the fuse was lit (from plugin misbehaving (plugins/misbehaving.jar))"),
                    Output.run(dispatcher, null, "/boom"));
            assertEquals("Usage: /boom", Output.run(dispatcher, null, "/help boom").get(0));
        }
    }

    @Test
    void aHangingCommandDoesNotBlockTheNextOneAndIsReportedWhenItsTimeIsUp() throws Exception {
        try (ExtensionRegistry registry = ExtensionRegistry.discover(plugins)) {
            SottoCommandDispatcher dispatcher = dispatcher(registry);
            Output hangOutput = new Output();

            CompletableFuture<Void> hang = dispatcher.dispatch("/hang", null, hangOutput);
            List<String> help = Output.run(dispatcher, null, "/help hang");

            assertFalse(hang.isDone(), "/help finished first, while /hang still hangs");
            assertEquals("Usage: /hang", help.get(0));
            hang.get(TIME_LIMIT.toSeconds() + 15, TimeUnit.SECONDS);
            assertEquals(List.of("/hang is still running after 5 s; it goes on in the background"
                    + " (from plugin misbehaving (plugins/misbehaving.jar))"), hangOutput.lines());
        }
    }
}
