package io.sotto.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.message.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NicknamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ada", "grace_h", "Zoë", "李雷", "émile", "x", "0123456789012345678901234567890A"})
    void acceptsOrdinaryNames(String nick) {
        assertInstanceOf(Nicknames.Valid.class, Nicknames.check(nick));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty",
        "'two words'|spaces",
        "'tab\there'|spaces",
        "'bell\u0007'|control",
        "'zero\u200Bwidth'|invisible",
        "rtl\u202Eoverride|invisible",
        "0123456789012345678901234567890AB|at most 32"
    })
    void refusesWithAReason(String nick, String reasonPart) {
        Refused refusal = assertInstanceOf(Nicknames.Invalid.class, Nicknames.check(nick)).refusal();
        assertEquals(Refused.NICK_INVALID, refusal.code());
        assertTrue(refusal.reason().contains(reasonPart), refusal.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"server", "SERVER", "Ｓｅｒｖｅｒ", "Admin", "sotto"})
    void reservedNamesAreRefusedInAnySpelling(String nick) {
        Refused refusal = assertInstanceOf(Nicknames.Invalid.class, Nicknames.check(nick)).refusal();
        assertEquals(Refused.NICK_RESERVED, refusal.code());
    }

    @Test
    void caseAndCompatibilityFormsShareAKey() {
        assertEquals(Nicknames.key("Ada"), Nicknames.key("ADA"));
        assertEquals(Nicknames.key("ada"), Nicknames.key("ａｄａ"));
        // é precomposed and e + combining acute
        assertEquals(Nicknames.key("\u00e9mile"), Nicknames.key("e\u0301mile"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji32 = "😀".repeat(32);
        assertInstanceOf(Nicknames.Valid.class, Nicknames.check(emoji32));
    }
}
