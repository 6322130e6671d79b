package io.sotto.ui.gui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Where the user types: Enter sends, Shift+Enter starts a new line, the Send button sends too.
 * What was typed goes to one handler, which decides between chat and command.
 */
final class MessageInput {
    private final TextArea area = new TextArea();
    private final Button send = new Button("Send");
    private final HBox root = new HBox(8, area, send);
    private final Consumer<String> onSubmit;

    MessageInput(Consumer<String> onSubmit) {
        this.onSubmit = onSubmit;
        area.setId("messageInput");
        area.setPromptText("Message, or /help for commands");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setMinHeight(TextArea.USE_PREF_SIZE);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        send.setId("sendButton");
        send.setDefaultButton(false);
        send.setOnAction(e -> submit());
        send.setMinWidth(Button.USE_PREF_SIZE);
        HBox.setHgrow(area, Priority.ALWAYS);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("message-input");
    }

    Node node() {
        return root;
    }

    TextArea area() {
        return area;
    }

    Button sendButton() {
        return send;
    }

    void focus() {
        area.requestFocus();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER) {
            return;
        }
        event.consume();
        if (event.isShiftDown()) {
            area.replaceSelection("\n");
        } else {
            submit();
        }
    }

    private void submit() {
        String text = area.getText();
        if (text.isBlank()) {
            return;
        }
        area.clear();
        onSubmit.accept(text.strip());
    }
}
