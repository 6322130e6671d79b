package io.sotto.ui.gui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The right pane, "Options": export the chat (runs {@code /export}, provided by the export-chat
 * plugin) and choose the theme.
 */
final class OptionsPane {
    private final Button export = new Button("Export chat");
    private final ComboBox<Theme> themes = new ComboBox<>();
    private final VBox root;

    OptionsPane(Theme current, Runnable onExport, Consumer<Theme> onTheme) {
        Label title = new Label("Options");
        title.getStyleClass().add("pane-title");
        export.setId("exportButton");
        export.setMaxWidth(Double.MAX_VALUE);
        export.setOnAction(e -> onExport.run());
        Label themeLabel = new Label("Theme");
        themeLabel.getStyleClass().add("option-label");
        themes.setId("themeChoice");
        themes.getItems().setAll(Theme.values());
        themes.setValue(current);
        themes.setMaxWidth(Double.MAX_VALUE);
        themes.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                onTheme.accept(now);
            }
        });
        root = new VBox(10, title, export, themeLabel, themes);
        root.getStyleClass().addAll("side-pane", "options-pane");
        root.setPrefWidth(180);
        root.setMinWidth(140);
    }

    Node node() {
        return root;
    }

    Button exportButton() {
        return export;
    }

    ComboBox<Theme> themeChoice() {
        return themes;
    }
}
