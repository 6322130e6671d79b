package io.sotto.ui.gui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The left pane: "Online (N)" and the people in the room, each with a dot in the colour their
 * messages are tagged with. The user's own entry says "(you)".
 */
final class OnlinePane {
    private final Label title = new Label();
    private final ListView<String> people = new ListView<>();
    private final VBox root = new VBox(6, title, people);
    private Theme theme;
    private String ownNick = "";

    OnlinePane(Theme theme) {
        this.theme = theme;
        title.setId("onlineTitle");
        title.getStyleClass().add("pane-title");
        people.setId("onlineList");
        people.getStyleClass().add("online-list");
        people.setFocusTraversable(false);
        people.setCellFactory(list -> new PersonCell());
        VBox.setVgrow(people, Priority.ALWAYS);
        root.getStyleClass().addAll("side-pane", "online-pane");
        root.setPrefWidth(190);
        root.setMinWidth(140);
        show(List.of(), 0, "");
    }

    Node node() {
        return root;
    }

    Label title() {
        return title;
    }

    ListView<String> list() {
        return people;
    }

    /** Shows who is online, in the order given, under the server's count (which may be larger). */
    void show(List<String> online, int count, String ownNick) {
        this.ownNick = ownNick;
        people.getItems().setAll(online);
        title.setText("Online (" + Math.max(count, online.size()) + ")");
    }

    void setTheme(Theme newTheme) {
        this.theme = newTheme;
        people.refresh();
    }

    private final class PersonCell extends ListCell<String> {
        @Override
        protected void updateItem(String nick, boolean empty) {
            super.updateItem(nick, empty);
            setText(null);
            if (empty || nick == null) {
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().add("presence-dot");
            dot.setStyle("-fx-fill: " + NickColours.css(nick, theme) + ";");
            Label name = new Label(nick.equals(ownNick) ? nick + " (you)" : nick);
            name.getStyleClass().add("person-name");
            HBox row = new HBox(8, dot, name);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
