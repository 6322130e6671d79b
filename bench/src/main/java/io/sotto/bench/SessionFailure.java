package io.sotto.bench;

/**
 * A session could not be opened. {@link #kind()} is a short stable key the summary counts by,
 * e.g. {@code connect_failed}, {@code handshake_failed}, {@code refused:server_full}.
 */
final class SessionFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String kind;

    SessionFailure(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
