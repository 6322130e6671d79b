package io.sotto.ui.console;

/**
 * How the client ends: the user quits ({@code /quit}, end of input), or the connection closes
 * for good on its own. The session's event thread and the command threads report here; the input
 * loop is woken so that it stops waiting for a line.
 */
final class Lifecycle {
    private volatile boolean quitting;
    private volatile String lostReason;
    private volatile LineSource input;

    void watch(LineSource source) {
        this.input = source;
        if (lostReason != null) {
            source.wake();
        }
    }

    /** The user asked to leave; a CLOSED event after this is expected. */
    void quit() {
        quitting = true;
    }

    boolean quitting() {
        return quitting;
    }

    /** The connection closed and will not come back. */
    void lost(String reason) {
        if (quitting) {
            return;
        }
        lostReason = reason;
        LineSource source = input;
        if (source != null) {
            source.wake();
        }
    }

    /** Why the connection was lost, or null while it stands (or the user quit). */
    String lostReason() {
        return quitting ? null : lostReason;
    }
}
