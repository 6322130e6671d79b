package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NickColoursTest {
    @Test
    void theSameNickAlwaysGetsTheSameColour() {
        int first = NickColours.forColours(256).colourOf("Ada");
        assertEquals(first, NickColours.forColours(256).colourOf("Ada"));
        assertEquals(first, NickColours.forColours(256).colourOf("ADA"), "nicks are alike regardless of case");
        // A fixed hash, not Object.hashCode or a random seed: the value is the same on every run.
        assertEquals(0x38390DBB, NickColours.hash("ada")); // FNV-1a 32 of "ada"
    }

    @Test
    void differentNicksSpreadOverThePalette() {
        NickColours colours = NickColours.forColours(256);
        Set<Integer> used = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> used.add(colours.colourOf("user" + i)));
        assertTrue(used.size() > 30, "colours used: " + used.size());
    }

    @Test
    void smallerTerminalsGetTheSixteenColourPaletteAndNoneGetNoColour() {
        int colour = NickColours.forColours(16).colourOf("Bob");
        assertTrue(colour >= 1 && colour <= 14, "colour " + colour);
        assertEquals(-1, NickColours.forColours(0).colourOf("Bob"));
    }
}
