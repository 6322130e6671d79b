package io.sotto.ui.console;

/**
 * Where the user's lines come from: a line editor on a terminal, or standard input line by line.
 */
interface LineSource {

    /**
     * Waits for the next line.
     *
     * @return the line, or null at end of input (Ctrl-D, Ctrl-C, end of a pipe) or after {@link
     *     #wake()}
     */
    String next();

    /**
     * Asks a question and waits for the answer; history is not kept for it.
     *
     * @return the answer, or null at end of input or where there is nobody to ask
     */
    String ask(String question);

    /** Whether {@link #ask(String)} can reach a person. */
    boolean interactive();

    /** Makes a waiting {@link #next()} return null soon (the connection closed for good). */
    void wake();
}
