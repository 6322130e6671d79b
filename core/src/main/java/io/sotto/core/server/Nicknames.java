package io.sotto.core.server;

import io.sotto.api.message.Refused;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for nicknames: 1 to 32 characters; no spaces, control or invisible characters; not a
 * reserved name; unique ignoring case and Unicode normalization (so "ADA", "ada" and "ａｄａ" are
 * one name).
 */
final class Nicknames {
    static final int MAX_LENGTH = 32;

    /** Names a user could use to pass for the server or to address everyone. */
    private static final Set<String> RESERVED = Set.of(
            "server", "sotto", "admin", "administrator", "root", "system", "operator", "op",
            "moderator", "mod", "staff", "nobody", "everyone", "all", "here", "console", "you", "me");

    private Nicknames() {}

    /** A checked nickname: as shown, and the key that decides uniqueness. */
    record Nickname(String display, String key) {}

    /** A nickname that passed, or the refusal to send. */
    sealed interface Check permits Valid, Invalid {}

    record Valid(Nickname nickname) implements Check {}

    record Invalid(Refused refusal) implements Check {}

    static Check check(String requested) {
        String display = Normalizer.normalize(requested, Normalizer.Form.NFC);
        String problem = problemWith(display);
        if (problem != null) {
            return new Invalid(new Refused(Refused.NICK_INVALID, problem));
        }
        String key = key(display);
        if (RESERVED.contains(key)) {
            return new Invalid(new Refused(Refused.NICK_RESERVED,
                    "the nickname '" + display + "' is reserved; please pick another"));
        }
        return new Valid(new Nickname(display, key));
    }

    /** Folds case and compatibility forms, so look-alike spellings of one name collide. */
    static String key(String nickname) {
        String folded = Normalizer.normalize(nickname, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    private static String problemWith(String nick) {
        if (nick.isEmpty()) {
            return "a nickname cannot be empty";
        }
        int length = nick.codePointCount(0, nick.length());
        if (length > MAX_LENGTH) {
            return "a nickname has at most " + MAX_LENGTH + " characters; this one has " + length;
        }
        for (int codePoint : nick.codePoints().toArray()) {
            String problem = problemWith(codePoint);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String problemWith(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return "a nickname cannot contain spaces";
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> "a nickname cannot contain control characters";
            case Character.FORMAT -> "a nickname cannot contain invisible characters";
            case Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE ->
                    "a nickname cannot contain the character U+" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
            default -> null;
        };
    }
}
