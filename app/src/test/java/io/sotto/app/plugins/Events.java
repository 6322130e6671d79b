package io.sotto.app.plugins;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Collects a session's events; a test waits (at most 10 s) for the message it expects. */
final class Events implements ChatListener {
    private final List<ChatEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(ChatEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized ChatEvent.MessagePosted awaitMessage(Predicate<ChatEvent.MessagePosted> match)
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Optional<ChatEvent.MessagePosted> found = events.stream()
                    .filter(ChatEvent.MessagePosted.class::isInstance).map(ChatEvent.MessagePosted.class::cast)
                    .filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such message within 10 s; events: " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
