package io.sotto.core.server;

import io.sotto.api.message.Notice;
import io.sotto.api.message.Presence;
import io.sotto.api.message.PresenceBatch;
import io.sotto.api.message.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Tells the room who joined, left or changed nickname, without letting a crowd swamp it.
 *
 * <p>In a small, quiet room each change goes out at once. In a big or busy one, changes are
 * gathered for a short window ({@link #windowFor}, longer in a bigger room) and sent as one
 * {@link PresenceBatch}: a thousand people arriving then costs each member a handful of messages
 * instead of a thousand, which is what keeps a join storm from growing with the square of the
 * room.
 *
 * <p>A window with more than {@value #MAX_NAMED} arrivals names only the latest {@value
 * #MAX_NAMED} of them, after one notice that counts the others ("crowd: 940 more joined (too many
 * to name; the latest 50 follow)"). Nobody reads a thousand join lines, and every member's client
 * would decode them all: in a storm of N arrivals the names alone are N²/2 entries, the largest
 * single cost of a 2,000-session join storm for the clients. Departures and renames are always
 * named, so that no client keeps showing someone who has gone; a client's list of who is online
 * may lack some arrivals (as it lacks all but the first 400 in a big room's welcome), never
 * holds someone who left, and the online count stays exact: every change carries it, and the
 * window's last change is always named.
 */
final class PresenceFeed {
    /** Rooms smaller than this get each change at once (when nothing is already gathering). */
    static final int DEFAULT_IMMEDIATE_BELOW = 50;
    /** How long changes gather before they go out together, in a room of up to 400. */
    static final Duration WINDOW = Duration.ofMillis(200);
    /** The longest they gather, in a room of 2,000 or more. */
    static final Duration MAX_WINDOW = Duration.ofSeconds(1);
    /** The most changes in one batch, so that a batch always fits in a record. */
    static final int MAX_BATCH = 200;
    /** The most arrivals one window names; the earlier ones are counted in a notice. */
    static final int MAX_NAMED = 50;

    private final Consumer<ServerMessage> broadcast;
    private final ScheduledExecutorService timers;
    private final int immediateBelow;
    /**
     * Guards {@link #pending} and {@link #flushScheduled}, and is held while a change or a batch
     * is broadcast, so that members get the changes in the order they were published: a change
     * published while a window is being sent waits for it instead of overtaking it (every change
     * carries the online count, and the last one received is the count a client shows).
     */
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Presence> pending = new ArrayList<>();
    private boolean flushScheduled;

    PresenceFeed(Consumer<ServerMessage> broadcast, ScheduledExecutorService timers, int immediateBelow) {
        this.broadcast = broadcast;
        this.timers = timers;
        this.immediateBelow = immediateBelow;
    }

    /** Publishes a change; {@code roomSize} is the number of members after it. */
    void publish(Presence change, int roomSize) {
        publish(size -> change, () -> roomSize);
    }

    /**
     * Publishes the change {@code describe} makes for the room's size, read when the change's turn
     * comes: of two changes published at once, the later one carries the later count.
     */
    void publish(IntFunction<Presence> describe, IntSupplier roomSize) {
        lock.lock();
        try {
            int size = roomSize.getAsInt();
            Presence change = describe.apply(size);
            if (pending.isEmpty() && size < immediateBelow) {
                broadcast.accept(change);
            } else {
                pending.add(change);
                scheduleFlush(size);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends what has gathered. Runs on the timer thread, or at once when timers are gone. */
    void flush() {
        lock.lock();
        try {
            List<Presence> batch = List.copyOf(pending);
            pending.clear();
            flushScheduled = false;
            send(batch);
        } finally {
            lock.unlock();
        }
    }

    private void send(List<Presence> batch) {
        int arrivals = (int) batch.stream().filter(change -> change.kind() == Presence.Kind.JOINED).count();
        if (arrivals > MAX_NAMED) {
            batch = withoutEarliestArrivals(batch, arrivals - MAX_NAMED);
            broadcast.accept(new Notice(Notice.INFO, summary(arrivals - MAX_NAMED)));
        }
        if (batch.size() == 1) {
            broadcast.accept(batch.getFirst());
            return;
        }
        for (int start = 0; start < batch.size(); start += MAX_BATCH) {
            broadcast.accept(new PresenceBatch(batch.subList(start, Math.min(batch.size(), start + MAX_BATCH))));
        }
    }

    /** The changes in order, less the first {@code unnamed} arrivals. */
    private static List<Presence> withoutEarliestArrivals(List<Presence> changes, int unnamed) {
        List<Presence> named = new ArrayList<>(changes.size() - unnamed);
        int skipped = 0;
        for (Presence change : changes) {
            if (change.kind() == Presence.Kind.JOINED && skipped < unnamed) {
                skipped++;
            } else {
                named.add(change);
            }
        }
        return named;
    }

    /** The notice before a crowd's named arrivals. */
    static String summary(int unnamedArrivals) {
        return "crowd: " + unnamedArrivals + " more joined (too many to name; the latest " + MAX_NAMED + " follow)";
    }

    /**
     * The window for a room of {@code roomSize}: a flush costs a seal and a write per member, and
     * a wake-up on every client, so a bigger room waits longer, in proportion, keeping the flushes
     * of a crowd arriving at about 2,000 writes per second (200 ms for 400 members, 1 s for 2,000)
     * instead of 10,000 per second for 2,000 members at 200 ms.
     */
    static Duration windowFor(int roomSize) {
        long millis = Math.clamp(roomSize / 2, WINDOW.toMillis(), MAX_WINDOW.toMillis());
        return Duration.ofMillis(millis);
    }

    private void scheduleFlush(int roomSize) {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        try {
            timers.schedule(this::flush, windowFor(roomSize).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            flushScheduled = false;
        }
    }
}
