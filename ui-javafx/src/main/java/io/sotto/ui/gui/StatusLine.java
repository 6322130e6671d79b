package io.sotto.ui.gui;

import io.sotto.api.client.ConnectionState;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** The bottom line: is the window connected, and what happened last to the connection. */
final class StatusLine {

    /** What the user is told about the connection. */
    enum Status {
        CONNECTING("Connecting"),
        CONNECTED("Connected"),
        RECONNECTING("Reconnecting"),
        DISCONNECTED("Disconnected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Status of(ConnectionState state) {
            return switch (state) {
                case CONNECTED -> CONNECTED;
                case RECONNECTING -> RECONNECTING;
                case CLOSED -> DISCONNECTED;
            };
        }
    }

    private final Circle dot = new Circle(4);
    private final Label text = new Label();
    private final HBox root = new HBox(6, dot, text);
    private Status status;

    StatusLine() {
        text.setId("status");
        root.getStyleClass().add("status-line");
        root.setAlignment(Pos.CENTER_LEFT);
        dot.getStyleClass().add("status-dot");
        show(Status.CONNECTING, "");
    }

    Node node() {
        return root;
    }

    Status status() {
        return status;
    }

    String text() {
        return text.getText();
    }

    void show(Status newStatus, String detail) {
        root.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-line"));
        root.getStyleClass().add("status-" + newStatus.name().toLowerCase(Locale.ROOT));
        this.status = newStatus;
        text.setText(detail.isBlank() ? newStatus.label() : newStatus.label() + " — " + detail);
    }
}
