package io.sotto.api.client;

/** Where a session's connection stands. */
public enum ConnectionState {
    /** Connected and in the room. */
    CONNECTED,
    /** The connection was lost; retrying with backoff. */
    RECONNECTING,
    /** Closed for good: by the user, by the server, or after retries ran out. */
    CLOSED
}
