package io.sotto.plugin.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void escapesEveryCharacterThatCouldStartMarkup() {
        assertEquals("\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\!\\[i\\](u) \\<b\\> \\&amp; \\# \\| \\~\\~ \\\\",
                MarkdownText.escape("*b* _i_ `c` [l](u) ![i](u) <b> &amp; # | ~~ \\"));
    }

    @Test
    void lineBreaksStayInsideTheLineSoAMessageCannotStartABlock() {
        assertEquals("a<br>\\# heading<br>- item<br>b", MarkdownText.escape("a\n# heading\r\n- item\rb"));
    }

    @Test
    void plainTextIsUnchanged() {
        assertEquals("hello, world (again): 3.5 + 1 - 2 = 2.5 \"ok\"",
                MarkdownText.escape("hello, world (again): 3.5 + 1 - 2 = 2.5 \"ok\""));
    }
}
