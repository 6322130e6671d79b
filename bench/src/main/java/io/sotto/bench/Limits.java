package io.sotto.bench;

import java.time.Duration;

/** Range checks with messages that name the option, shared by the option records. */
final class Limits {
    /** Longest nickname the server accepts. */
    private static final int MAX_NICK = 32;

    private Limits() {}

    static void check(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be " + min + " to " + max + ", was " + value);
        }
    }

    static void check(String option, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(option + " must be " + min.toSeconds() + " to " + max.toSeconds()
                    + " seconds, was " + value.toSeconds());
        }
    }

    /** The prefix plus the longest number must make a nickname the server can accept. */
    static void checkNickPrefix(String prefix, int clients) {
        int longest = prefix.length() + Math.max(4, String.valueOf(clients).length());
        if (prefix.isBlank() || longest > MAX_NICK || !prefix.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("--nick-prefix must be printable ASCII without spaces, short enough"
                    + " for nicknames of at most " + MAX_NICK + " characters; was '" + prefix + "'");
        }
    }
}
