package io.sotto.api.client;

/**
 * Receives the events of a session, in order, on one thread that belongs to the session (never
 * the network reader). A front-end hands them over to its own UI thread.
 */
@FunctionalInterface
public interface ChatListener {
    void onEvent(ChatEvent event);
}
