package io.sotto.api.message;

/** Bytes that are not a well-formed message; the message says what was wrong, for the peer. */
public class MalformedMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
