package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void acceptsUnicodeLineBreaksAndTabs() {
        assertNull(MessageText.problemWith("héllo 👋\n\tindented", 100));
    }

    @Test
    void refusesEmptyTooLongAndEscapeSequences() {
        assertTrue(MessageText.problemWith("   ", 100).contains("empty"));
        assertTrue(MessageText.problemWith("x".repeat(101), 100).startsWith("too long"));
        assertNull(MessageText.problemWith("😀".repeat(100), 100), "characters, not UTF-16 units");
        assertTrue(MessageText.problemWith("\u001b[2Jgotcha", 100).contains("U+001B"));
    }
}
