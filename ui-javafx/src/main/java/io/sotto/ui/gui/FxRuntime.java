package io.sotto.ui.gui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit, which can be started only once per JVM. When something else
 * (a test harness, an earlier window) has started it already, that running toolkit is used.
 */
final class FxRuntime {
    private FxRuntime() {}

    /**
     * Makes sure the toolkit runs, and keeps it running when the last window closes (the connect
     * dialog closes before the main window has opened).
     *
     * @return true when this call started it, so the caller should also stop it
     * @throws IllegalStateException when it was started and shut down before in this JVM
     */
    static boolean start() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        boolean started;
        try {
            Platform.startup(ready::countDown);
            started = true;
        } catch (IllegalStateException alreadyStarted) {
            Platform.runLater(ready::countDown);
            started = false;
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX does not run in this process (it was shut down earlier, "
                    + "and it can start only once per JVM)");
        }
        Platform.setImplicitExit(false);
        return started;
    }
}
