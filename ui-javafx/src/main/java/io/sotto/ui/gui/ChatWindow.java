package io.sotto.ui.gui;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window, laid out like the original application: people online on the left, the
 * conversation with its header and input in the middle, options on the right, the status line
 * at the bottom. It only arranges the parts; {@link ChatController} decides what they show.
 */
final class ChatWindow {
    static final String APP_NAME = "Sotto";

    private final Stage stage;
    private final Scene scene;
    private final Label serverName = new Label(APP_NAME);
    private final Label serverDetail = new Label();
    private final OnlinePane online;
    private final ConversationView conversation;
    private final MessageInput input;
    private final OptionsPane options;
    private final StatusLine status = new StatusLine();

    /**
     * @param onInput what the user typed and sent
     * @param onExport the Export chat button
     * @param onTheme a theme chosen in the options
     */
    ChatWindow(Stage stage, Conversation lines, Theme theme, Consumer<String> onInput, Runnable onExport,
            Consumer<Theme> onTheme) {
        this.stage = stage;
        this.online = new OnlinePane(theme);
        this.conversation = new ConversationView(lines, theme, ZoneId.systemDefault());
        this.input = new MessageInput(onInput);
        this.options = new OptionsPane(theme, onExport, onTheme);

        serverName.setId("serverName");
        serverName.getStyleClass().add("server-name");
        serverDetail.setId("serverDetail");
        serverDetail.getStyleClass().add("server-detail");
        VBox header = new VBox(2, serverName, serverDetail);
        header.getStyleClass().add("conversation-header");

        VBox centre = new VBox(header, conversation.node(), input.node());
        centre.getStyleClass().add("centre-pane");
        VBox.setVgrow(conversation.node(), Priority.ALWAYS);

        BorderPane root = new BorderPane(centre, null, options.node(), status.node(), online.node());
        root.getStyleClass().add("chat-window");
        scene = new Scene(root, 980, 640);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(APP_NAME);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return scene;
    }

    OnlinePane online() {
        return online;
    }

    ConversationView conversation() {
        return conversation;
    }

    MessageInput input() {
        return input;
    }

    OptionsPane options() {
        return options;
    }

    StatusLine status() {
        return status;
    }

    Label serverName() {
        return serverName;
    }

    /** The header: the operator's name for the server, and where it is and who it proved to be. */
    void showServer(String name, String detail) {
        serverName.setText(name.isBlank() ? APP_NAME : name);
        serverDetail.setText(detail);
    }

    /** "Sotto — NICK @ SERVER". */
    void showTitle(String nick, String server) {
        stage.setTitle(APP_NAME + " — " + nick + " @ " + server);
    }

    void setTheme(Theme theme) {
        theme.applyTo(scene);
        online.setTheme(theme);
        conversation.setTheme(theme);
    }
}
