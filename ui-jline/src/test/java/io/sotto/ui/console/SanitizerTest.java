package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SanitizerTest {
    @Test
    void escapeAndOtherC0ControlsBecomeVisiblePictures() {
        assertEquals("a\u241B[2Jb\u2407c\u2408", Sanitizer.inline("a\u001B[2Jb\u0007c\b"));
    }

    @Test
    void deleteC1ControlsAndBidiOverridesAreReplaced() {
        assertEquals("x\u2421y\uFFFDz\uFFFDw\uFFFD", Sanitizer.inline("x\u007Fy\u009Bz\u202Ew\u2066"));
    }

    @Test
    void inlineNeutralizesLineBreaksAndTabsBecomeSpaces() {
        assertEquals("a\u240Ab\u240Dc d", Sanitizer.inline("a\nb\rc\td"));
    }

    @Test
    void messagesKeepTheirLinesAndALoneCarriageReturnStartsANewOne() {
        assertEquals(List.of("one", "two", "three", ""), Sanitizer.lines("one\r\ntwo\rthree\n"));
    }

    @Test
    void unicodeIsKeptAndBrokenSurrogatesAreNot() {
        assertEquals("h\u00E9 \u65E5\u672C \uD83D\uDE42 \u200D", Sanitizer.inline("h\u00E9 \u65E5\u672C \uD83D\uDE42 \u200D"));
        assertEquals("a\uFFFDb\uFFFD", Sanitizer.inline("a\uD83Db\uDE42"));
    }
}
