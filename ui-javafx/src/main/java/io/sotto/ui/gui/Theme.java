package io.sotto.ui.gui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The colour themes, each a CSS stylesheet laid over the shared layout sheet {@code sotto.css}.
 * The nickname colours are not in CSS (one per person), so each theme also says how light and
 * saturated they must be to read on its background.
 */
enum Theme {
    NORD("Nord", "theme-nord.css", 0.45, 0.90),
    DARK("Dark", "theme-dark.css", 0.55, 0.95),
    LIGHT("Light", "theme-light.css", 0.85, 0.58),
    HIGH_CONTRAST("High contrast", "theme-high-contrast.css", 0.60, 1.00);

    static final Theme DEFAULT = NORD;
    private static final String BASE = "sotto.css";

    private final String label;
    private final String file;
    private final double nickSaturation;
    private final double nickBrightness;

    Theme(String label, String file, double nickSaturation, double nickBrightness) {
        this.label = label;
        this.file = file;
        this.nickSaturation = nickSaturation;
        this.nickBrightness = nickBrightness;
    }

    /** The name the user sees in the theme selector. */
    String label() {
        return label;
    }

    /** The name stored in {@code gui.properties}: {@code nord}, {@code high-contrast}, ... */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme stored under {@code id}, if there is one. */
    static Optional<Theme> byId(String id) {
        for (Theme theme : values()) {
            if (theme.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    double nickSaturation() {
        return nickSaturation;
    }

    double nickBrightness() {
        return nickBrightness;
    }

    /** The layout sheet and this theme's colours, as URLs for {@link Scene#getStylesheets()}. */
    List<String> stylesheets() {
        return List.of(url(BASE), url(file));
    }

    /** The URL of this theme's own sheet (the one that differs between themes). */
    String stylesheet() {
        return url(file);
    }

    void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    void applyTo(DialogPane pane) {
        pane.getStylesheets().setAll(stylesheets());
    }

    @Override
    public String toString() {
        return label; // What a ComboBox shows.
    }

    private static String url(String name) {
        var resource = Theme.class.getResource(name);
        if (resource == null) {
            throw new IllegalStateException("stylesheet " + name + " is missing from the ui-javafx jar");
        }
        return resource.toExternalForm();
    }
}
