package io.sotto.ui.console;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects a session's events and lets a test wait, with a deadline, for one to arrive. */
final class Recorder implements ChatListener {
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
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for a " + type.getSimpleName()
                        + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for a message with exactly this text. */
    ChatEvent.MessagePosted awaitMessage(String nick, String text) throws InterruptedException {
        return await(ChatEvent.MessagePosted.class,
                m -> m.message().nick().equals(nick) && m.message().text().equals(text));
    }
}
