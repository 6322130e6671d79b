package io.sotto.ui.gui;

import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows the {@link Conversation} and keeps the newest line in view while the user is at the
 * bottom. When the user scrolls up to read, new lines no longer move the view; a "new messages
 * below" button appears instead and takes them back down.
 *
 * <p>A VBox in a ScrollPane rather than a ListView: wrapped lines of varying height scroll
 * smoothly, and "at the bottom" is a plain comparison of the scroll value.
 */
final class ConversationView {
    /** Closer to the bottom than this many pixels counts as at the bottom. */
    private static final double BOTTOM_SLACK = 4;

    private final Conversation conversation;
    private final VBox lines = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(lines);
    private final Button newBelow = new Button();
    private final StackPane root = new StackPane(scroll, newBelow);
    private final ZoneId zone;
    private Theme theme;
    private boolean followBottom = true;
    private boolean pressing;
    private int unseen;

    ConversationView(Conversation conversation, Theme theme, ZoneId zone) {
        this.conversation = conversation;
        this.theme = theme;
        this.zone = zone;
        lines.getStyleClass().add("conversation-lines");
        lines.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("conversation");
        scroll.setId("conversation");
        newBelow.setId("newMessagesBelow");
        newBelow.getStyleClass().add("new-below");
        newBelow.setFocusTraversable(false);
        hideMarker();
        newBelow.setOnAction(e -> scrollToBottom());
        StackPane.setAlignment(newBelow, Pos.BOTTOM_CENTER);
        StackPane.setMargin(newBelow, new Insets(0, 0, 12, 0));
        root.setMinHeight(80);

        conversation.lines().addListener(this::linesChanged);
        // Only the user's own scrolling decides whether to follow; the skin also moves the
        // scroll value when the content grows, which must not count as the user scrolling.
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                followBottom = false; // Up: reading back. Settled once the scroll is applied.
            }
            Platform.runLater(this::userScrolled);
        });
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.HOME) {
                followBottom = false;
            }
            Platform.runLater(this::userScrolled);
        });
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressing = true);
        scroll.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            pressing = false;
            Platform.runLater(this::userScrolled);
        });
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (pressing) {
                userScrolled(); // Dragging the scroll bar.
            } else if (followBottom && now.doubleValue() < scroll.getVmax()) {
                Platform.runLater(this::keepAtBottom);
            }
        });
        lines.heightProperty().addListener((obs, old, now) -> {
            if (followBottom) {
                Platform.runLater(this::keepAtBottom);
            }
        });
        rerender();
    }

    Node node() {
        return root;
    }

    ScrollPane scrollPane() {
        return scroll;
    }

    Button newMessagesButton() {
        return newBelow;
    }

    boolean followsBottom() {
        return followBottom;
    }

    /** Redraws every line, e.g. for a new theme's nickname colours. */
    void setTheme(Theme newTheme) {
        this.theme = newTheme;
        rerender();
    }

    /** Back to the newest line, following again. */
    void scrollToBottom() {
        followBottom = true;
        unseen = 0;
        hideMarker();
        keepAtBottom();
    }

    private void keepAtBottom() {
        if (followBottom) {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        }
    }

    private void rerender() {
        lines.getChildren().setAll(conversation.lines().stream().map(this::render).toList());
    }

    private Node render(ChatLine line) {
        return ChatLineView.render(line, theme, zone);
    }

    private void linesChanged(ListChangeListener.Change<? extends ChatLine> change) {
        int added = 0;
        while (change.next()) {
            if (change.wasRemoved()) {
                lines.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                List<Node> nodes = change.getAddedSubList().stream().map(this::render).toList();
                lines.getChildren().addAll(change.getFrom(), nodes);
                added += nodes.size();
            }
        }
        if (conversation.lines().isEmpty()) {
            scrollToBottom(); // Cleared.
        } else if (added > 0 && !followBottom) {
            unseen += added;
            showMarker();
        }
    }

    private void userScrolled() {
        // The geometry as it is now: lines added since the last pulse may not be laid out yet, and
        // a stale content height can make a view scrolled up look like the bottom.
        scroll.layout();
        followBottom = atBottom();
        if (followBottom) {
            unseen = 0;
            hideMarker();
        }
    }

    private boolean atBottom() {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = lines.getHeight();
        if (content <= viewport + BOTTOM_SLACK) {
            return true;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double hiddenBelow = (scroll.getVmax() - scroll.getVvalue()) / range * (content - viewport);
        return hiddenBelow <= BOTTOM_SLACK;
    }

    private void showMarker() {
        newBelow.setText(unseen == 1 ? "1 new message below ↓" : unseen + " new messages below ↓");
        newBelow.setVisible(true);
        newBelow.setManaged(true);
    }

    private void hideMarker() {
        newBelow.setVisible(false);
        newBelow.setManaged(false);
    }
}
