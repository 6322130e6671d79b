package io.sotto.ui.console;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jline.utils.AttributedStyle;

/**
 * Gives each nickname a colour of its own, the same on every run and every machine, so people
 * can be told apart at a glance. The colour is a fixed hash (FNV-1a of the lower-cased nick, as
 * the server treats nicks alike regardless of case) into a palette of mid-tone colours that read
 * on both dark and light backgrounds; terminals with fewer than 256 colours get a 16-colour
 * palette.
 */
final class NickColours {
    /** xterm 256-colour indexes: no near-black, near-white, or pale tones. */
    static final int[] PALETTE_256 = {
        31, 32, 33, 37, 38, 39, 40, 41, 42, 43, 70, 71, 72, 73, 74, 75, 76, 97, 98, 99, 105, 106, 107, 108,
        128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169,
        170, 171, 172, 173, 178, 179, 202, 203, 204, 205, 206, 208, 209
    };
    /** ANSI colours: red, green, yellow, blue, magenta, cyan and their bright forms. */
    static final int[] PALETTE_16 = {1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14};

    private final int[] palette;

    private NickColours(int[] palette) {
        this.palette = palette;
    }

    /** The palette for a terminal that shows {@code maxColours} colours (below 8: no colour). */
    static NickColours forColours(int maxColours) {
        return new NickColours(maxColours >= 256 ? PALETTE_256 : maxColours >= 8 ? PALETTE_16 : new int[0]);
    }

    /** The colour index of {@code nick}, or -1 when this terminal has no colours. */
    int colourOf(String nick) {
        if (palette.length == 0) {
            return -1;
        }
        return palette[Integer.remainderUnsigned(hash(nick), palette.length)];
    }

    /** The style to print {@code nick} in. */
    AttributedStyle styleOf(String nick) {
        int colour = colourOf(nick);
        return colour < 0 ? AttributedStyle.DEFAULT : AttributedStyle.DEFAULT.foreground(colour);
    }

    static int hash(String nick) {
        int hash = 0x811C9DC5;
        for (byte b : nick.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x01000193;
        }
        return hash;
    }
}
