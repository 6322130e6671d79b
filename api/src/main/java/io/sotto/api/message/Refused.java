package io.sotto.api.message;

import java.util.Objects;

/**
 * The server refused a {@link Join} or {@link Rename}; the connection stays open so the user can
 * pick another nickname.
 *
 * @param code a stable machine-readable code, one of the constants below
 * @param reason a sentence for the user, e.g. "the nickname 'Ada' is taken"
 */
public record Refused(String code, String reason) implements ServerMessage {
    public static final String NICK_TAKEN = "nick_taken";
    public static final String NICK_RESERVED = "nick_reserved";
    public static final String NICK_INVALID = "nick_invalid";
    public static final String ALREADY_JOINED = "already_joined";
    public static final String NOT_JOINED = "not_joined";
    public static final String SERVER_FULL = "server_full";

    public Refused {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
