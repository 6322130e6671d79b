package io.sotto.app;

import io.sotto.core.config.ConfigException;
import io.sotto.core.config.ConfigOverride;
import io.sotto.core.config.ConfigReader;
import io.sotto.core.config.SottoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the config file and lays the flags the user gave over it. */
final class Settings {
    private final List<ConfigOverride> overrides = new ArrayList<>();

    /** Records {@code flag}'s value for {@code key} when the flag was given (value not null). */
    Settings override(String key, Object value, String flag) {
        if (value != null) {
            overrides.add(new ConfigOverride(key, value, flag));
        }
        return this;
    }

    SottoConfig read(SharedOptions shared, Optional<Distribution> distribution) throws ConfigException {
        return ConfigReader.forCurrentUser().read(shared.configFile(distribution), overrides);
    }
}
