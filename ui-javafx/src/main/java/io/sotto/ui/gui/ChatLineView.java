package io.sotto.ui.gui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws one {@link ChatLine}: the time, the nickname tag in the person's colour, and the text in
 * a {@link TextFlow} so long lines wrap to the window's width. Own messages, mentions and system
 * lines get style classes that the themes colour.
 */
final class ChatLineView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ChatLineView() {}

    static Node render(ChatLine line, Theme theme, ZoneId zone) {
        Label time = new Label(TIME.format(line.time().atZone(zone)));
        time.getStyleClass().add("line-time");
        time.setMinWidth(Label.USE_PREF_SIZE);

        TextFlow body = new TextFlow();
        body.getStyleClass().add("line-body");
        body.setMinWidth(0);
        body.setPrefWidth(0); // Take the width the row gives, and wrap in it.
        switch (line.kind()) {
            case MESSAGE -> body.getChildren().addAll(nickTag(line.nick(), theme), text(" " + line.text(), "line-text"));
            case ACTION -> body.getChildren().addAll(text("* ", "line-text"), nickTag(line.nick(), theme),
                    text(" " + line.text(), "line-text"));
            case SYSTEM, ERROR -> body.getChildren().add(text(line.text(), "line-text"));
        }

        HBox row = new HBox(8, time, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        row.getStyleClass().addAll("chat-line", "line-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (line.own()) {
            row.getStyleClass().add("own");
        }
        if (line.mention()) {
            row.getStyleClass().add("mention");
        }
        row.setUserData(line);
        return row;
    }

    /** The nickname in the same colour as its dot in the online list. */
    static Label nickTag(String nick, Theme theme) {
        Label tag = new Label(nick);
        tag.getStyleClass().add("nick-tag");
        tag.setStyle("-fx-text-fill: " + NickColours.css(nick, theme) + ";");
        return tag;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
