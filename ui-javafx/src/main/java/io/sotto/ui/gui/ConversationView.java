package io.sotto.ui.gui;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
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
    private boolean adjusting;
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
        newBelow.setVisible(false);
        newBelow.setManaged(false);
        newBelow.setOnAction(e -> scrollToBottom());
        StackPane.setAlignment(newBelow, Pos.BOTTOM_CENTER);
        StackPane.setMargin(newBelow, new javafx.geometry.Insets(0, 0, 12, 0));
        root.setMinHeight(Region.USE_PREF_SIZE);
        root.setMinHeight(80);

        conversation.lines().addListener(this::linesChanged);
        scroll.vvalueProperty().addListener((obs, old, now) -> userScrolled());
        lines.heightProperty().addListener((obs, old, now) -> contentResized(old.doubleValue(), now.doubleValue()));
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

    void scrollToBottom() {
        followBottom = true;
        unseen = 0;
        hideMarker();
        adjusting = true;
        scroll.layout();
        scroll.setVvalue(scroll.getVmax());
        adjusting = false;
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
            scrollToBottom();
        } else if (added > 0 && !followBottom) {
            unseen += added;
            showMarker();
        }
    }

    private void userScrolled() {
        if (adjusting) {
            return;
        }
        followBottom = atBottom();
        if (followBottom) {
            unseen = 0;
            hideMarker();
        }
    }

    /** New content: stay at the bottom when following, else keep the lines being read in place. */
    private void contentResized(double oldHeight, double newHeight) {
        double viewport = scroll.getViewportBounds().getHeight();
        adjusting = true;
        try {
            if (followBottom) {
                scroll.setVvalue(scroll.getVmax());
            } else if (newHeight > viewport && oldHeight > viewport) {
                double offset = scroll.getVvalue() * (oldHeight - viewport);
                scroll.setVvalue(Math.min(scroll.getVmax(), offset / (newHeight - viewport)));
            }
        } finally {
            adjusting = false;
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
