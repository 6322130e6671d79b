package io.sotto.plugin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void escapesQuotesBackslashesAndEveryControlCharacter() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0000i\\u001fj\u007f\"",
                JsonText.quote("a\"b\\c\nd\re\tf\bg\fh\u0000i\u001fj\u007f"));
    }

    @Test
    void keepsUnicodeButEscapesLineSeparatorsAndLoneSurrogates() {
        assertEquals("\"héllo 👋🏽 日本語\"", JsonText.quote("héllo 👋🏽 日本語"));
        assertEquals("\"\\u2028\\u2029\"", JsonText.quote("\u2028\u2029"));
        assertEquals("\"x\\ud83dy\\udc4b\"", JsonText.quote("x\ud83dy\udc4b"));
    }

    @Test
    void markupIsJustText() {
        assertEquals("\"</script> {\\\"a\\\": 1}\"", JsonText.quote("</script> {\"a\": 1}"));
    }
}
