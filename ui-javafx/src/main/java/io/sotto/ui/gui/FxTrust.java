package io.sotto.ui.gui;

import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerTrust;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Trust on first use, asked in a dialog. The session calls it on its connecting thread, which is
 * not the JavaFX thread: that thread waits here while the question is asked on the JavaFX thread,
 * so the handshake resumes only with the user's answer.
 */
final class FxTrust implements ServerTrust {
    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;

    FxTrust(Supplier<Window> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    @Override
    public boolean trustNewServer(ServerIdentity server) {
        if (Platform.isFxApplicationThread()) {
            return TrustDialog.ask(owner.get(), server, theme.get());
        }
        FutureTask<Boolean> question = new FutureTask<>(() -> TrustDialog.ask(owner.get(), server, theme.get()));
        Platform.runLater(question);
        try {
            return question.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false; // The dialog failed: not trusting is the safe answer.
        }
    }
}
