package io.sotto.ui.console;

/** Ends the client before the chat starts, with an exit code; the user has already been told why. */
final class EarlyExit extends Exception {
    private static final long serialVersionUID = 1L;

    private final int code;

    EarlyExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
