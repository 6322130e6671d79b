package io.sotto.ui.gui;

import io.sotto.api.frontend.FrontEndContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/** One client window under test: the controller as {@link GuiFrontEnd#run} would build it. */
final class Harness implements AutoCloseable {
    final ChatController controller;
    final CountDownLatch exited;

    private Harness(ChatController controller, CountDownLatch exited) {
        this.controller = controller;
        this.exited = exited;
    }

    /** Opens the connect dialog. */
    static Harness open(FrontEndContext context) throws Exception {
        CountDownLatch exited = new CountDownLatch(1);
        ChatController controller = Fx.call(() -> {
            ChatController c = new ChatController(context, new Stage(), exited::countDown);
            c.start();
            return c;
        });
        return new Harness(controller, exited);
    }

    ChatWindow window() {
        return controller.window();
    }

    /** The conversation's lines, as text, read on the JavaFX thread. */
    String transcript() throws Exception {
        return Fx.call(() -> String.join("\n", controller.conversation().lines().stream()
                .map(l -> l.nick().isEmpty() ? l.text() : l.nick() + ": " + l.text()).toList()));
    }

    @Override
    public void close() throws Exception {
        controller.quit();
        if (!exited.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the window did not finish quitting within 10 s");
        }
    }
}
