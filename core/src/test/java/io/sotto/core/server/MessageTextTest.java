package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.message.Notice;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void acceptsUnicodeLineBreaksAndTabs() {
        assertNull(MessageText.problemWith("héllo 👋\n\tindented", 100));
    }

    @Test
    void refusesEmptyTooLongAndEscapeSequences() {
        assertTrue(MessageText.problemWith("   ", 100).reason().contains("empty"));
        MessageText.Problem tooLong = MessageText.problemWith("x".repeat(101), 100);
        assertTrue(tooLong.reason().startsWith("too long"));
        assertEquals(Notice.MESSAGE_TOO_LONG, tooLong.code());
        assertNull(MessageText.problemWith("😀".repeat(100), 100), "characters, not UTF-16 units");
        MessageText.Problem control = MessageText.problemWith("\u001b[2Jgotcha", 100);
        assertTrue(control.reason().contains("U+001B"));
        assertEquals(Notice.MALFORMED, control.code());
    }
}
