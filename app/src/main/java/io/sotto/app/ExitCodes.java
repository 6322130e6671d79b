package io.sotto.app;

/** What {@code sotto} returns to the shell. */
final class ExitCodes {
    /** Done as asked. */
    static final int OK = 0;
    /** Something failed while running. */
    static final int FAILURE = 1;
    /** The command line, the config file or the installed extensions are not usable. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
