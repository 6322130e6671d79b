package io.sotto.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.core.config.SottoConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path temp;

    @Test
    void flagsOverrideTheFileAndTheRestOfTheFileStays() throws Exception {
        SharedOptions shared = new SharedOptions();
        shared.config = Files.writeString(temp.resolve("sotto.toml"), "[server]\nport = 9000\nname = \"Den\"\n");

        SottoConfig config = new Settings()
                .override("server.port", 9100, "--port")
                .override("server.transports", List.of("tcp"), "--transport")
                .override("server.motd", null, "--motd") // not given: no override
                .read(shared, Optional.empty());

        assertEquals(9100, config.server().port());
        assertEquals("Den", config.server().serverName());
        assertEquals("", config.server().motd());
    }

    @Test
    void optionsAfterTheCommandWinOverOptionsBeforeIt() {
        SharedOptions outer = new SharedOptions();
        outer.config = Path.of("outer.toml");
        outer.pluginsDirectory = Path.of("outer-plugins");
        SharedOptions inner = new SharedOptions();
        inner.config = Path.of("inner.toml");

        SharedOptions merged = inner.orElse(outer);

        assertEquals(Path.of("inner.toml"), merged.config);
        assertEquals(Path.of("outer-plugins"), merged.pluginsDirectory);
    }

    @Test
    void distributionSuppliesTheDefaultConfigAndPluginsFolder() throws Exception {
        Distribution distribution = new Distribution(temp);
        Files.createDirectories(temp.resolve("conf"));
        SharedOptions none = new SharedOptions();

        assertEquals(Optional.empty(), none.configFile(Optional.of(distribution)));
        Files.writeString(temp.resolve("conf").resolve("sotto.toml"), "");
        assertEquals(Optional.of(temp.resolve("conf/sotto.toml")), none.configFile(Optional.of(distribution)));
        assertEquals(Optional.of(temp.resolve("plugins")), none.pluginsDirectory(Optional.of(distribution)));
        assertEquals(Optional.empty(), none.pluginsDirectory(Optional.empty()));
    }

    @Test
    void appJarInALibFolderMarksTheDistributionRoot() {
        // Tests run from target/classes, which is no distribution.
        assertEquals(Optional.empty(), Distribution.fromJarLocation(Main.class));
    }
}
