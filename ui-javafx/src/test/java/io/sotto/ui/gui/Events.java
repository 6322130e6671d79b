package io.sotto.ui.gui;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records a test client's events and waits, with a time limit, for one to arrive. */
final class Events implements ChatListener {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final List<ChatEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(ChatEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized <T extends ChatEvent> T await(Class<T> type, Predicate<T> match) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            for (ChatEvent event : events) {
                if (type.isInstance(event) && match.test(type.cast(event))) {
                    return type.cast(event);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within "
                        + PATIENCE.toSeconds() + " s; events: " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
