package io.sotto.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.plugin.export.ExportCommand;
import io.sotto.plugin.help.HelpCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SottoCommandLineTest {
    @TempDir
    Path temp;

    /** What one run of the command line printed and returned. */
    record Run(int code, String out, String err) {}

    private static Run sotto(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path plugins() {
        return temp.resolve("plugins");
    }

    @Test
    void versionNamesSottoAndJava() {
        Run run = sotto("--version");

        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("sotto "), run.out());
        assertTrue(run.out().contains("Java " + Runtime.version().feature()), run.out());
    }

    @Test
    void helpListsTheCommands() {
        Run run = sotto("--help");

        assertEquals(0, run.code());
        assertTrue(run.out().contains("server") && run.out().contains("client") && run.out().contains("plugins"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = sotto();

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Usage: sotto"), run.err());
    }

    @Test
    void pluginsListsPluginJarsWithKindIdVersionAndOriginAndTheWarnings() throws Exception {
        PluginJars.repackage(HelpCommand.class, "sotto-help", plugins().resolve("help.jar"));
        PluginJars.repackage(ExportCommand.class, "sotto-export-chat", plugins().resolve("export.jar"));
        Files.write(plugins().resolve("x.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});

        Run run = sotto("plugins", "--plugins-dir", plugins().toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("KIND"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "command +export +9\\.9\\.9 +plugin sotto-export-chat \\(plugins/export\\.jar\\)")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "command +help +9\\.9\\.9 +plugin sotto-help \\(plugins/help\\.jar\\)")), run.out());
        assertTrue(run.out().contains("Warnings:\n  skipped plugins/x.jar: not a valid plugin jar ("), run.out());
    }

    @Test
    void pluginsDirectoryMayBeGivenBeforeTheCommand() throws Exception {
        PluginJars.repackage(HelpCommand.class, "sotto-help", plugins().resolve("help.jar"));

        Run run = sotto("--plugins-dir", plugins().toString(), "plugins");

        assertTrue(run.out().contains("plugin sotto-help (plugins/help.jar)"), run.out());
    }

    @Test
    void duplicateExtensionsAreOneClearLineAndExitCode2() throws Exception {
        PluginJars.repackage(HelpCommand.class, "help-one", plugins().resolve("one.jar"));
        PluginJars.repackage(HelpCommand.class, "help-two", plugins().resolve("two.jar"));

        Run run = sotto("plugins", "--plugins-dir", plugins().toString());

        assertEquals(2, run.code());
        assertEquals("sotto: two command extensions have the id \"help\": one from plugin help-one (plugins/one.jar), "
                + "one from plugin help-two (plugins/two.jar); remove one of them", run.err().strip());
    }

    @Test
    void badConfigIsOneLineNamingFileKeyAndExpectation() throws Exception {
        Path config = Files.writeString(temp.resolve("bad.toml"), "[server]\nport = \"abc\"\n");

        Run run = sotto("--config", config.toString(), "server");

        assertEquals(2, run.code());
        assertEquals("sotto: " + config + ": server.port: expected an integer from 0 to 65535, got \"abc\"\n", run.err());
    }

    @Test
    void badFlagValueNamesTheFlag() {
        Run run = sotto("server", "--port", "70000", "--config", temp.resolve("none.toml").toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("none.toml: no such config file"), run.err());

        Path empty = temp.resolve("empty.toml");
        Run withFile = sotto("server", "--port", "70000", "--config", write(empty, ""));
        assertEquals(2, withFile.code());
        assertEquals("sotto: option --port: expected an integer from 0 to 65535, got 70000\n", withFile.err());
    }

    @Test
    void unknownFlagIsAUsageErrorWithoutAStackTrace() {
        Run run = sotto("server", "--bogus");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sotto: Unknown option: '--bogus'"), run.err());
        assertTrue(run.err().contains("Try 'sotto server --help' for usage."), run.err());
        assertTrue(!run.err().contains("at io.sotto") && !run.err().contains("Exception"), run.err());
    }

    @Test
    void nonNumericPortIsAUsageError() {
        Run run = sotto("server", "--port", "abc");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("--port"), run.err());
    }

    private static String write(Path file, String text) {
        try {
            return Files.writeString(file, text).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
