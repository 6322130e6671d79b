package io.sotto.api.transport;

/** Receives each connection a {@link Listener} accepts. */
@FunctionalInterface
public interface ConnectionHandler {

    /**
     * Serves one connection, on a thread of its own. The transport closes the connection when
     * this method returns or throws.
     */
    void handle(FrameConnection connection);
}
