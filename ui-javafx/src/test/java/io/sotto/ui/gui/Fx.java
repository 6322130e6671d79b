package io.sotto.ui.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the JavaFX thread and waits for conditions there, always with a time limit. */
final class Fx {
    private static final long PATIENCE_SECONDS = 10;

    private Fx() {}

    /** Starts the (headless Monocle) toolkit once for the whole test JVM. */
    static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the JavaFX thread until it holds; fails naming {@code what}. */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> call(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + PATIENCE_SECONDS + " s for: " + what, e);
        }
    }
}
