package io.sotto.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Errors by kind ({@code connect_failed}, {@code notice:too_slow}, {@code disconnected}, ...),
 * with the first message seen for each kind so the summary can say what happened.
 */
final class ErrorCounts {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> firstMessage = new ConcurrentHashMap<>();

    void add(String kind, String message) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (message != null) {
            firstMessage.putIfAbsent(kind, message);
        }
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Count by kind, sorted by kind. */
    Map<String, Long> snapshot() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((kind, count) -> sorted.put(kind, count.sum()));
        return sorted;
    }

    /** The first message seen for each kind, sorted by kind. */
    Map<String, String> examples() {
        return new TreeMap<>(firstMessage);
    }
}
