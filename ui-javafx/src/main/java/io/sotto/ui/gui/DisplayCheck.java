package io.sotto.ui.gui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Tells whether a window can be opened here, without starting JavaFX: starting the toolkit with
 * no display fails deep inside native code, and the launcher wants a sentence it can show before
 * anything is started.
 */
final class DisplayCheck {
    static final String SUGGESTION = "try --ui console";

    private DisplayCheck() {}

    /** The answer for this process: its OS, environment and system properties. */
    static Optional<String> current() {
        return check(System.getProperty("os.name", ""), System::getenv, System::getProperty);
    }

    /**
     * @param osName the {@code os.name} property
     * @param env looks up an environment variable (null when unset)
     * @param properties looks up a system property (null when unset)
     * @return why no window can be opened, with a suggestion; empty when one can
     */
    static Optional<String> check(String osName, UnaryOperator<String> env, UnaryOperator<String> properties) {
        if (!javaFxPresent()) {
            return Optional.of("JavaFX is not available (the javafx.controls module is missing); " + SUGGESTION);
        }
        if ("monocle".equalsIgnoreCase(blankToEmpty(properties.apply("glass.platform")))) {
            return Optional.empty(); // Headless Monocle needs no display.
        }
        String os = osName.toLowerCase(Locale.ROOT);
        boolean unixDesktop = !os.startsWith("windows") && !os.startsWith("mac");
        if (unixDesktop && blankToEmpty(env.apply("DISPLAY")).isEmpty()
                && blankToEmpty(env.apply("WAYLAND_DISPLAY")).isEmpty()) {
            return Optional.of("no display (neither DISPLAY nor WAYLAND_DISPLAY is set); " + SUGGESTION);
        }
        return Optional.empty();
    }

    /** This process's X display ({@code DISPLAY}), when one is set. */
    static Optional<String> displayName() {
        String display = blankToEmpty(System.getenv("DISPLAY"));
        return display.isEmpty() ? Optional.empty() : Optional.of(display);
    }

    private static boolean javaFxPresent() {
        try {
            Class.forName("javafx.application.Platform", false, DisplayCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
