package io.sotto.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The conversation's scrolling, wrapping and drawing, and the input's keys, without a server. */
class ConversationViewTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static ChatLine message(String nick, String text) {
        return new ChatLine(ChatLine.Kind.MESSAGE, Instant.parse("2025-01-01T09:05:00Z"), nick, text, false, false);
    }

    private record Shown(Conversation conversation, ConversationView view) {}

    private static Shown show(double width, double height) throws Exception {
        return Fx.call(() -> {
            Conversation conversation = new Conversation();
            ConversationView view = new ConversationView(conversation, Theme.NORD, ZoneOffset.UTC);
            Stage stage = new Stage();
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), width, height);
            Theme.NORD.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            return new Shown(conversation, view);
        });
    }

    /**
     * The mouse wheel turned up, as the scene receives it (deltaY > 0). TestFX's glass robot on
     * Monocle sends wheel turns with the sign reversed, so the event is built here.
     */
    private static void userScrollsUp(ConversationView view) throws Exception {
        Fx.run(() -> {
            Node line = view.scrollPane().lookup(".chat-line");
            javafx.event.Event.fireEvent(line, new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false,
                    false, false, false, false, 0, 300, 0, 300, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
    }

    @Test
    void followsNewLinesUntilTheUserScrollsUpThenOffersANewMessagesButton() throws Exception {
        Shown s = show(400, 200);
        Fx.run(() -> {
            for (int i = 0; i < 40; i++) {
                s.conversation().add(message("Bob", "line " + i));
            }
        });
        Fx.await("at the bottom", () -> s.view().scrollPane().getVvalue() == s.view().scrollPane().getVmax());
        Fx.await("the forty lines laid out, taller than the view", () -> s.view().scrollPane().getContent()
                .getLayoutBounds().getHeight() > s.view().scrollPane().getViewportBounds().getHeight() + 200);
        assertFalse(Fx.call(() -> s.view().newMessagesButton().isVisible()));

        userScrollsUp(s.view());
        Fx.await("no longer following", () -> !s.view().followsBottom());
        double readingAt = Fx.call(() -> s.view().scrollPane().getVvalue());
        assertTrue(readingAt < 0.9, "scrolled up: " + readingAt);
        Fx.run(() -> s.conversation().add(message("Bob", "while you were reading")));
        Fx.await("the marker", () -> s.view().newMessagesButton().isVisible());
        assertEquals("1 new message below ↓", Fx.call(() -> s.view().newMessagesButton().getText()));
        assertTrue(Fx.call(() -> s.view().scrollPane().getVvalue()) < 0.95, "the view did not jump down");

        robot.clickOn("#newMessagesBelow");
        Fx.await("back at the bottom", () -> s.view().followsBottom()
                && s.view().scrollPane().getVvalue() == s.view().scrollPane().getVmax()
                && !s.view().newMessagesButton().isVisible());
        Fx.run(() -> s.conversation().add(message("Bob", "and more")));
        Fx.await("still following", () -> s.view().scrollPane().getVvalue() == s.view().scrollPane().getVmax());
        assertFalse(Fx.call(() -> s.view().newMessagesButton().isVisible()));
    }

    @Test
    void longLinesWrapAndUnicodeIsKeptWithTheNickTagInItsColour() throws Exception {
        Shown s = show(360, 300);
        String text = "long ".repeat(60) + "🎉 日本語 ✓";
        Fx.run(() -> s.conversation().add(new ChatLine(ChatLine.Kind.MESSAGE, Instant.parse("2025-01-01T09:05:00Z"),
                "Ada", text, true, false)));
        Node row = Fx.call(() -> robot.lookup(".chat-line").query());
        Fx.await("laid out", () -> row.getLayoutBounds().getWidth() > 0);
        assertTrue(Fx.call(() -> row.getLayoutBounds().getWidth()) <= 360, "no wider than the window");
        assertTrue(Fx.call(() -> row.getLayoutBounds().getHeight()) > 60, "wrapped over several lines");
        assertTrue(Fx.call(() -> row.getStyleClass().contains("own")));
        TextFlow body = Fx.call(() -> (TextFlow) ((HBox) row).getChildren().get(1));
        Label nick = Fx.call(() -> (Label) body.getChildren().get(0));
        assertEquals("Ada", Fx.call(nick::getText));
        assertTrue(Fx.call(nick::getStyle).contains(NickColours.css("Ada", Theme.NORD)));
        assertEquals(" " + text, Fx.call(() -> ((Text) body.getChildren().get(1)).getText()));
        assertEquals("09:05", Fx.call(() -> ((Label) ((HBox) row).getChildren().get(0)).getText()));
    }

    @Test
    void enterSendsAndShiftEnterStartsANewLine() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        MessageInput input = Fx.call(() -> {
            MessageInput in = new MessageInput(sent::add);
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(in.node()), 400, 100));
            stage.show();
            return in;
        });
        robot.clickOn("#messageInput").write("first");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second");
        assertEquals("first\nsecond", Fx.call(() -> input.area().getText()));
        assertTrue(sent.isEmpty());
        robot.type(KeyCode.ENTER);
        Fx.await("sent", () -> sent.equals(List.of("first\nsecond")));
        assertEquals("", Fx.call(() -> input.area().getText()));
        robot.type(KeyCode.ENTER);
        assertEquals(1, sent.size(), "an empty input sends nothing");
    }
}
