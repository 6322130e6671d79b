package io.sotto.testsupport;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects a client session's events and lets a test wait, with a deadline (10 s), for the ones
 * it expects. A failed wait names what was awaited and shows the last events seen instead.
 */
public final class EventRecorder implements ChatListener {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final List<ChatEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(ChatEvent event) {
        events.add(event);
        notifyAll();
    }

    /** Every event so far, in order. */
    public synchronized List<ChatEvent> events() {
        return List.copyOf(events);
    }

    /** Waits until {@code count} events of {@code type} match, and returns them (all that match). */
    public synchronized <T extends ChatEvent> List<T> await(Class<T> type, Predicate<T> match, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<T> found = matching(type, match);
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + count + " "
                        + type.getSimpleName() + " event(s); got " + found.size() + "; last events: " + summary());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for the first event of {@code type} that matches. */
    public <T extends ChatEvent> T await(Class<T> type, Predicate<T> match) throws InterruptedException {
        return await(type, match, 1).getFirst();
    }

    /** Waits for the first message that matches. */
    public ChatEvent.MessagePosted awaitMessage(Predicate<ChatEvent.MessagePosted> match)
            throws InterruptedException {
        return await(ChatEvent.MessagePosted.class, match);
    }

    /** Waits for a message from {@code nick} with exactly this text. */
    public ChatEvent.MessagePosted awaitMessage(String nick, String text) throws InterruptedException {
        return awaitMessage(m -> m.message().nick().equals(nick) && m.message().text().equals(text));
    }

    /** The last few events, each cut short: enough to see what happened instead. */
    private String summary() {
        return events.subList(Math.max(0, events.size() - 8), events.size()).stream()
                .map(e -> {
                    String text = e.toString();
                    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
                })
                .toList()
                .toString();
    }

    private <T extends ChatEvent> List<T> matching(Class<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        for (ChatEvent event : events) {
            if (type.isInstance(event) && match.test(type.cast(event))) {
                found.add(type.cast(event));
            }
        }
        return found;
    }
}
