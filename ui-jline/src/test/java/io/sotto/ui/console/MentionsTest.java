package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MentionsTest {
    @Test
    void aNickAsAWordIgnoringCaseIsAMention() {
        assertTrue(Mentions.mentions("hi ada!", "Ada"));
        assertTrue(Mentions.mentions("@ADA: look", "Ada"));
        assertTrue(Mentions.mentions("Ada", "Ada"));
    }

    @Test
    void aNickInsideAnotherWordIsNot() {
        assertFalse(Mentions.mentions("Adam and canada", "Ada"));
        assertFalse(Mentions.mentions("ada_fan", "Ada"));
        assertFalse(Mentions.mentions("anything", ""));
    }
}
