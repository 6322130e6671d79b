package io.sotto.ui.gui;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The colour of a person: the same for the same nickname in the online list and in the
 * conversation, on every run and every machine, so people are recognised at a glance. The hue
 * comes from a hash of the nickname as the server compares it (case and Unicode form ignored);
 * the theme sets lightness and saturation so the colour reads on its background.
 */
final class NickColours {
    /**
     * Hues are 30° apart: any two differ visibly. (With finer steps, two names could land on
     * neighbouring hues that look the same.)
     */
    private static final int HUES = 12;

    private NickColours() {}

    static Color of(String nick, Theme theme) {
        double hue = hueStep(nick) * (360.0 / HUES);
        return Color.hsb(hue, theme.nickSaturation(), theme.nickBrightness());
    }

    /** {@code #rrggbb}, for inline {@code -fx-text-fill} and {@code -fx-fill}. */
    static String css(String nick, Theme theme) {
        Color c = of(nick, theme);
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** 0 .. HUES-1, stable across runs (FNV-1a; {@code String.hashCode} spreads similar names badly). */
    static int hueStep(String nick) {
        String key = Normalizer.normalize(nick, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int hash = 0x811c9dc5;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        hash ^= hash >>> 16;
        return Integer.remainderUnsigned(hash, HUES);
    }
}
