package io.sotto.core.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Sotto keeps its state by default: {@code SOTTO_HOME} when set, else {@code ~/.sotto}.
 * The client uses it as its state folder, the server uses {@code <home>/server} for its key.
 */
public final class SottoHome {
    /** The environment variable that moves Sotto's state folder. */
    public static final String VARIABLE = "SOTTO_HOME";

    private SottoHome() {}

    /** The home folder of this process's user and environment. */
    public static Path current() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The home folder for this environment and user home folder. */
    public static Path resolve(Map<String, String> environment, String userHome) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".sotto").toAbsolutePath().normalize();
    }

    /** The server's data folder inside {@code home}. */
    public static Path serverDataDirectory(Path home) {
        return home.resolve("server");
    }
}
