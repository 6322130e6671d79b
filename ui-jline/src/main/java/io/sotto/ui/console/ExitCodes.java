package io.sotto.ui.console;

/** The console client's exit codes, so scripts can tell the failures apart. */
final class ExitCodes {
    /** The user quit, or input ended. */
    static final int OK = 0;
    /** The server could not be reached, refused us, or the connection was lost for good. */
    static final int FAILED = 1;
    /** Something had to be asked (server, nickname, trust) and there is no terminal to ask on. */
    static final int CANNOT_ASK = 2;
    /** The server's key changed: possibly an attack. */
    static final int SERVER_KEY_CHANGED = 3;

    private ExitCodes() {}
}
