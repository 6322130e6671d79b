package io.sotto.ui.gui;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries a session's events from the session's thread to the JavaFX thread, in order. Events
 * that arrive before the window is ready (the session starts talking while the join is still
 * being answered) wait until {@link #attach()}; the events of an attempt that was given up are
 * dropped after {@link #detach()}.
 */
final class SessionEvents implements ChatListener {
    private final Consumer<ChatEvent> target;
    // JavaFX thread only, like everything below.
    private final List<ChatEvent> waiting = new ArrayList<>();
    private boolean attached;
    private boolean detached;

    /** @param target applies an event to the window; called on the JavaFX thread */
    SessionEvents(Consumer<ChatEvent> target) {
        this.target = target;
    }

    @Override
    public void onEvent(ChatEvent event) {
        Platform.runLater(() -> deliver(event));
    }

    /** Starts delivering, first what has waited. JavaFX thread. */
    void attach() {
        attached = true;
        List<ChatEvent> backlog = List.copyOf(waiting);
        waiting.clear();
        backlog.forEach(target);
    }

    /** Stops delivering for good. JavaFX thread. */
    void detach() {
        detached = true;
        waiting.clear();
    }

    private void deliver(ChatEvent event) {
        if (detached) {
            return;
        }
        if (attached) {
            target.accept(event);
        } else {
            waiting.add(event);
        }
    }
}
