package io.sotto.api.message;

import java.util.Objects;

/**
 * A notice from the server: a limit was hit, a message was refused, the server is shutting down.
 *
 * @param code a stable machine-readable code, one of the constants below
 * @param text a sentence for the user
 */
public record Notice(String code, String text) implements ServerMessage {
    public static final String INFO = "info";
    public static final String MESSAGE_TOO_LONG = "message_too_long";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String MALFORMED = "malformed";
    public static final String TOO_SLOW = "too_slow";
    public static final String TIMEOUT = "timeout";
    public static final String SHUTDOWN = "shutdown";

    public Notice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
