package io.sotto.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The installed distribution folder (bin/, lib/, plugins/, conf/), when Sotto runs from one.
 *
 * @param root the folder holding bin/, lib/, plugins/ and conf/
 */
record Distribution(Path root) {
    /** Set by bin/sotto; wins over guessing from the jar's location. */
    static final String PROPERTY = "sotto.distribution";

    /** The distribution this process runs from, if any. */
    static Optional<Distribution> current() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new Distribution(Path.of(configured).toAbsolutePath().normalize()));
        }
        return fromJarLocation(Main.class);
    }

    /** lib/sotto-app.jar lives in the distribution's lib/ folder; anything else is no distribution. */
    static Optional<Distribution> fromJarLocation(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            Path lib = jar.getParent();
            boolean inLib = Files.isRegularFile(jar) && lib != null && lib.getFileName() != null
                    && lib.getFileName().toString().equals("lib") && lib.getParent() != null;
            return inLib ? Optional.of(new Distribution(lib.getParent())) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    Path pluginsDirectory() {
        return root.resolve("plugins");
    }

    /** conf/sotto.toml, when the distribution has one. */
    Optional<Path> defaultConfig() {
        Path file = root.resolve("conf").resolve("sotto.toml");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
