package io.sotto.ui.gui;

import io.sotto.api.client.ServerIdentity;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks whether to trust a server met for the first time, showing the fingerprint of its key so
 * the user can compare it with the one the operator published (trust on first use, like SSH).
 */
final class TrustDialog {
    static final ButtonType TRUST = new ButtonType("Trust and connect", ButtonBar.ButtonData.OK_DONE);

    private TrustDialog() {}

    static Alert create(Window owner, ServerIdentity server, Theme theme) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", TRUST, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Sotto — new server");
        alert.setHeaderText("First connection to " + server.address());
        Label intro = new Label("The server proved that it holds this " + server.keyType() + " key:");
        TextField fingerprint = new TextField(server.fingerprint());
        fingerprint.setId("fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setPrefColumnCount(Math.max(20, server.fingerprint().length()));
        Label advice = new Label("Compare it with the fingerprint the server's operator gave you. "
                + "If you trust it, Sotto remembers it and warns you if it ever changes.");
        advice.setWrapText(true);
        VBox content = new VBox(8, intro, fingerprint, advice);
        content.setPrefWidth(460);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().lookupButton(TRUST).setId("trustButton");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("distrustButton");
        theme.applyTo(alert.getDialogPane());
        return alert;
    }

    /** Shows the dialog and waits (in a nested event loop) for the answer. FX thread only. */
    static boolean ask(Window owner, ServerIdentity server, Theme theme) {
        return create(owner, server, theme).showAndWait().filter(TRUST::equals).isPresent();
    }
}
