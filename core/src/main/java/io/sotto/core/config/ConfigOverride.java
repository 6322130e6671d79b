package io.sotto.core.config;

import java.util.Objects;

/**
 * A value given on the command line that replaces the config file's value for one key. It is
 * checked exactly like a value from the file, and an error names the flag instead of the file.
 *
 * @param key the config key, e.g. {@code server.port}
 * @param value a String, Integer, Long, Boolean or List of Strings
 * @param flag the flag as the user typed it, e.g. {@code --port}
 */
public record ConfigOverride(String key, Object value, String flag) {
    public ConfigOverride {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(flag, "flag");
        if (key.indexOf('.') < 1) {
            throw new IllegalArgumentException("a config key is section.name, got " + key);
        }
    }
}
