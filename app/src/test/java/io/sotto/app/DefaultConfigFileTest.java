package io.sotto.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.core.config.ConfigReader;
import io.sotto.core.config.SottoConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped conf/sotto.toml must document every key with its true default. */
class DefaultConfigFileTest {
    private static final Path SHIPPED = Path.of("src/main/dist/conf/sotto.toml");
    private static final Pattern COMMENTED_KEY = Pattern.compile("^# ([a-z_]+ = .*)$");

    @TempDir
    Path temp;

    private ConfigReader reader() {
        String userHome = temp.toString();
        return new ConfigReader(temp.resolve(".sotto"), userHome);
    }

    @Test
    void asShippedItGivesTheDefaults() throws Exception {
        assertEquals(reader().defaults(), reader().read(Optional.of(SHIPPED), List.of()));
    }

    @Test
    void uncommentingEveryKeyStillGivesTheDefaults() throws Exception {
        List<String> lines = Files.readAllLines(SHIPPED).stream()
                .map(line -> COMMENTED_KEY.matcher(line).replaceFirst("$1"))
                .toList();
        long keys = lines.stream().filter(line -> line.matches("^[a-z_]+ = .*")).count();
        Path uncommented = Files.write(temp.resolve("sotto.toml"), lines);

        SottoConfig config = reader().read(Optional.of(uncommented), List.of());

        assertEquals(reader().defaults(), config);
        // 15 server keys, 5 client keys, crypto.suites, serializer.preferred.
        assertTrue(keys == 22, "documented keys: " + keys);
    }
}
