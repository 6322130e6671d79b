package io.sotto.core.server;

import io.sotto.api.message.Presence;
import io.sotto.api.message.PresenceBatch;
import io.sotto.api.message.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells the room who joined, left or changed nickname, without letting a crowd swamp it.
 *
 * <p>In a small, quiet room each change goes out at once. In a big or busy one, changes are
 * gathered for a short window and sent as one {@link PresenceBatch}: a thousand people arriving
 * then costs each member a handful of messages instead of a thousand, which is what keeps a join
 * storm from growing with the square of the room.
 */
final class PresenceFeed {
    /** Rooms smaller than this get each change at once (when nothing is already gathering). */
    static final int DEFAULT_IMMEDIATE_BELOW = 50;
    /** How long changes gather before they go out together. */
    static final Duration WINDOW = Duration.ofMillis(200);
    /** The most changes in one batch, so that a batch always fits in a record. */
    static final int MAX_BATCH = 200;

    private final Consumer<ServerMessage> broadcast;
    private final ScheduledExecutorService timers;
    private final int immediateBelow;
    private final List<Presence> pending = new ArrayList<>();
    private boolean flushScheduled;

    PresenceFeed(Consumer<ServerMessage> broadcast, ScheduledExecutorService timers, int immediateBelow) {
        this.broadcast = broadcast;
        this.timers = timers;
        this.immediateBelow = immediateBelow;
    }

    /** Publishes a change; {@code roomSize} is the number of members after it. */
    void publish(Presence change, int roomSize) {
        boolean now;
        synchronized (this) {
            now = pending.isEmpty() && roomSize < immediateBelow;
            if (!now) {
                pending.add(change);
                scheduleFlush();
            }
        }
        if (now) {
            broadcast.accept(change);
        }
    }

    /** Sends what has gathered. Runs on the timer thread, or at once when timers are gone. */
    void flush() {
        List<Presence> batch;
        synchronized (this) {
            batch = List.copyOf(pending);
            pending.clear();
            flushScheduled = false;
        }
        if (batch.size() == 1) {
            broadcast.accept(batch.getFirst());
            return;
        }
        for (int start = 0; start < batch.size(); start += MAX_BATCH) {
            broadcast.accept(new PresenceBatch(batch.subList(start, Math.min(batch.size(), start + MAX_BATCH))));
        }
    }

    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        try {
            timers.schedule(this::flush, WINDOW.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            flushScheduled = false;
        }
    }
}
