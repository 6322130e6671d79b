package io.sotto.ui.gui;

import io.sotto.api.frontend.FrontEnd;
import io.sotto.api.frontend.FrontEndContext;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop front-end, {@code sotto client --ui gui}: a JavaFX window modelled on the original
 * application's three panes (people online, conversation, options).
 *
 * <p>{@link #unavailableReason()} looks at the environment only, without starting JavaFX, so the
 * launcher can suggest {@code --ui console} on a machine without a display.
 */
public final class GuiFrontEnd implements FrontEnd {

    /** The {@code --ui} value. */
    public static final String ID = "gui";

    public GuiFrontEnd() {
        // Found by ServiceLoader; starting JavaFX waits for run().
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Desktop window (JavaFX): people online, conversation, export, themes";
    }

    @Override
    public Optional<String> unavailableReason() {
        return DisplayCheck.current();
    }

    /**
     * Opens the connect dialog, then the chat window, and returns when the user has quit.
     * JavaFX is started here unless it already runs in this JVM; if this call started it, it is
     * shut down again on return (and cannot be started again in the same JVM).
     *
     * @return 0 when the user quit; 1 when no window can be opened here
     */
    @Override
    public int run(FrontEndContext context) throws Exception {
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            context.err().println("sotto: the gui front-end cannot start: " + unavailable.get());
            return 1;
        }
        boolean startedHere;
        try {
            startedHere = FxRuntime.start();
        } catch (UnsupportedOperationException e) {
            // What the toolkit says when the display is set but cannot be reached ("Unable to open DISPLAY").
            context.err().println("sotto: the gui front-end cannot start: JavaFX could not open the display"
                    + DisplayCheck.displayName().map(name -> " " + name).orElse("") + " (" + e.getMessage() + "); "
                    + DisplayCheck.SUGGESTION);
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                new ChatController(context, new Stage(), closed::countDown).start();
            } catch (RuntimeException | Error e) {
                failure.set(e);
                closed.countDown();
            }
        });
        try {
            closed.await();
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return 0;
    }
}
