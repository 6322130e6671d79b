package io.sotto.ui.console;

import java.time.Duration;

/**
 * Counts the lines the user sent and the server's echoes of them, so that at the end of piped
 * input the client can wait for its own last lines to come back before it leaves: otherwise a
 * script's output would miss the tail of what it said.
 */
final class OwnEchoes {
    private long sent;
    private long echoed;

    synchronized void sent() {
        sent++;
    }

    synchronized void echoed() {
        echoed++;
        notifyAll();
    }

    /** Waits until every sent line has come back, or {@code patience} has passed. */
    synchronized void awaitCaughtUp(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (echoed < sent) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
