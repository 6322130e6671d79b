package io.sotto.core.client;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Keeps a session's history and hands each event to the listener on one thread of its own, in
 * order, so a slow front-end never holds up the network reader.
 */
final class EventQueue {
    /** History beyond this many events forgets the oldest, so a long session cannot exhaust memory. */
    static final int MAX_HISTORY = 100_000;
    private static final ChatEvent STOP = new ChatEvent.NoticeReceived(
            new io.sotto.api.message.Notice("stop", ""), java.time.Instant.EPOCH);

    private final LinkedBlockingQueue<ChatEvent> pending = new LinkedBlockingQueue<>();
    private final Deque<ChatEvent> history = new ArrayDeque<>();
    private final ChatListener listener;

    EventQueue(ChatListener listener) {
        this.listener = listener;
        Thread.ofVirtual().name("sotto-events").start(this::deliverUntilStopped);
    }

    void emit(ChatEvent event) {
        synchronized (history) {
            if (history.size() == MAX_HISTORY) {
                history.removeFirst();
            }
            history.addLast(event);
        }
        pending.add(event);
    }

    List<ChatEvent> history() {
        synchronized (history) {
            return List.copyOf(new ArrayList<>(history));
        }
    }

    /** Delivers what is pending, then stops. */
    void finish() {
        pending.add(STOP);
    }

    private void deliverUntilStopped() {
        try {
            for (ChatEvent event = pending.take(); event != STOP; event = pending.take()) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    // A front-end bug must not stop the delivery of later events.
                    System.getLogger(EventQueue.class.getName())
                            .log(System.Logger.Level.WARNING, "a chat listener failed", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
