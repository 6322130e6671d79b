package io.sotto.core.protocol;

/**
 * The peer broke the protocol: a malformed hello, a failed negotiation, a handshake or record that
 * did not authenticate. The connection cannot go on; the message is a sentence for a human.
 */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;

    public ProtocolException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ProtocolException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable machine-readable code, e.g. {@code no_common_suite}. */
    public String code() {
        return code;
    }
}
