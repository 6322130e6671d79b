package io.sotto.ui.gui;

import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines the window shows, oldest first, capped so a long-running client does not grow
 * without bound (the session keeps the full history for {@code /export}). Touched on the JavaFX
 * thread only.
 */
final class Conversation {
    static final int MAX_LINES = 2_000;

    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();

    ObservableList<ChatLine> lines() {
        return lines;
    }

    void add(ChatLine line) {
        lines.add(line);
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    void system(String text) {
        add(ChatLine.system(Instant.now(), text));
    }

    void error(String text) {
        add(ChatLine.error(Instant.now(), text));
    }

    void clear() {
        lines.clear();
    }
}
