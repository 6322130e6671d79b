package io.sotto.ui.gui;

import io.sotto.api.frontend.ClientOptions;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Asks where to connect and under which nickname. Problems are shown in place: a field that
 * cannot be used says why under itself, and the server's answer (a refused nickname, an
 * unreachable server) appears in the dialog, which stays open so the user can fix it and retry.
 */
final class ConnectDialog {
    private final Stage stage;
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField nick = new TextField();
    private final Label hostError = errorLabel("hostError");
    private final Label portError = errorLabel("portError");
    private final Label nickError = errorLabel("nickError");
    private final Label failure = errorLabel("connectFailure");
    private final Label progressText = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button connect = new Button("Connect");
    private final Button cancel = new Button("Cancel");
    private final Consumer<ConnectRequest> onConnect;

    /**
     * @param onConnect a valid request the user confirmed; answer with {@link #showConnectFailure},
     *     {@link #showNickRefused} or {@link #close()}
     * @param onCancel the user gave up (Cancel, or closed the dialog)
     */
    ConnectDialog(Stage stage, ClientOptions options, Theme theme, Consumer<ConnectRequest> onConnect,
            Runnable onCancel) {
        this.stage = stage;
        this.onConnect = onConnect;
        HostPort server = options.server().flatMap(HostPort::parse)
                .orElse(new HostPort("localhost", HostPort.DEFAULT_PORT));
        host.setText(server.host());
        port.setText(Integer.toString(server.port()));
        nick.setText(options.nick().orElse(""));
        host.setId("hostField");
        port.setId("portField");
        nick.setId("nickField");
        port.setPrefColumnCount(6);
        nick.setPromptText("how others will see you");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        row(form, 0, "Server", host, hostError);
        row(form, 2, "Port", port, portError);
        row(form, 4, "Nickname", nick, nickError);

        Label title = new Label("Connect to a Sotto server");
        title.getStyleClass().add("dialog-title");
        failure.setWrapText(true);
        failure.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefSize(18, 18);
        progress.setVisible(false);
        progressText.getStyleClass().add("progress-text");
        connect.setId("connectButton");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> submit());
        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, progressText, spacer, cancel, connect);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, title, form, failure, buttons);
        root.setPadding(new Insets(18));
        root.getStyleClass().add("connect-dialog");
        Scene scene = new Scene(root, 440, Region.USE_COMPUTED_SIZE);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle("Sotto — connect");
        stage.setOnCloseRequest(e -> onCancel.run());

        for (TextField field : new TextField[] {host, port, nick}) {
            field.textProperty().addListener((obs, old, now) -> clearErrors());
        }
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        (nick.getText().isBlank() && !host.getText().isBlank() ? nick : host).requestFocus();
    }

    void close() {
        stage.close();
    }

    void setTheme(Theme theme) {
        theme.applyTo(stage.getScene());
    }

    /** While connecting: the fields are locked and the user sees what is going on. */
    void busy(String what) {
        setLocked(true);
        progress.setVisible(true);
        progressText.setText(what);
    }

    /** The server could not be reached, or the connection was refused; fix and retry. */
    void showConnectFailure(String message) {
        idle();
        failure.setText(message);
        show(failure);
        host.requestFocus();
    }

    /** The server refused the nickname; shown under the nickname field. */
    void showNickRefused(String reason) {
        idle();
        nickError.setText(reason);
        show(nickError);
        nick.getStyleClass().add("invalid");
        nick.requestFocus();
        nick.selectAll();
    }

    private void submit() {
        clearErrors();
        ConnectRequest request = new ConnectRequest(host.getText(), port.getText(), nick.getText());
        Map<ConnectRequest.Field, String> problems = request.problems();
        if (problems.isEmpty()) {
            onConnect.accept(request);
            return;
        }
        problems.forEach((field, problem) -> {
            Label label = switch (field) {
                case HOST -> hostError;
                case PORT -> portError;
                case NICK -> nickError;
            };
            label.setText(problem);
            show(label);
            fieldOf(field).getStyleClass().add("invalid");
        });
        fieldOf(problems.keySet().iterator().next()).requestFocus();
    }

    private TextField fieldOf(ConnectRequest.Field field) {
        return switch (field) {
            case HOST -> host;
            case PORT -> port;
            case NICK -> nick;
        };
    }

    private void idle() {
        setLocked(false);
        progress.setVisible(false);
        progressText.setText("");
    }

    private void setLocked(boolean locked) {
        host.setDisable(locked);
        port.setDisable(locked);
        nick.setDisable(locked);
        connect.setDisable(locked);
    }

    private void clearErrors() {
        for (Label label : new Label[] {hostError, portError, nickError, failure}) {
            label.setText("");
            label.setVisible(false);
            label.setManaged(false);
        }
        for (TextField field : new TextField[] {host, port, nick}) {
            field.getStyleClass().remove("invalid");
        }
    }

    private static void show(Label label) {
        label.setVisible(true);
        label.setManaged(true);
    }

    private static void row(GridPane form, int row, String name, TextField field, Label error) {
        Label label = new Label(name);
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        form.add(error, 1, row + 1);
    }

    private static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }
}
