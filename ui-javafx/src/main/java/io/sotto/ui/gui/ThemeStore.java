package io.sotto.ui.gui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Remembers the chosen theme between runs, in {@code gui.properties} in the client's state
 * folder. A missing or damaged file means the default theme: a preference is never worth an
 * error at start-up.
 */
final class ThemeStore {
    static final String FILE_NAME = "gui.properties";
    private static final String KEY = "theme";

    private final Path file;

    ThemeStore(Path stateDirectory) {
        this.file = stateDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The remembered theme, or {@link Theme#DEFAULT}. */
    Theme load() {
        if (!Files.isRegularFile(file)) {
            return Theme.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Theme.DEFAULT;
        }
        return Theme.byId(properties.getProperty(KEY, "")).orElse(Theme.DEFAULT);
    }

    /** Stores {@code theme}, keeping any other settings in the file. */
    void save(Theme theme) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IllegalArgumentException e) {
                properties.clear(); // Damaged: start afresh.
            }
        }
        properties.setProperty(KEY, theme.id());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "Sotto desktop client preferences");
        }
    }
}
