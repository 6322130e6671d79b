package io.sotto.ui.gui;

import io.sotto.api.client.ServerKeyChangedException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The loud warning for a server whose key differs from the remembered one. It offers no way to
 * connect anyway: the exception's text says what to check and which line to remove if the change
 * is expected.
 */
final class KeyChangedDialog {
    private KeyChangedDialog() {}

    static Alert create(Window owner, ServerKeyChangedException changed, Theme theme) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Sotto — server key changed");
        alert.setHeaderText("The key of " + changed.presented().address() + " has changed. Not connecting.");
        TextArea details = new TextArea(changed.getMessage());
        details.setId("keyChangedDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(7);
        details.setPrefColumnCount(60);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().getStyleClass().add("key-changed");
        theme.applyTo(alert.getDialogPane());
        return alert;
    }
}
