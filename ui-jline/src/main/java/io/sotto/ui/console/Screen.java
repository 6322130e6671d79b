package io.sotto.ui.console;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Where every line for the user goes, whoever produces it (chat events from the session's
 * thread, command output from a command's worker thread, the client's own notices), so that
 * output is never interleaved mid-line and the input line is kept intact. Implementations are
 * thread-safe.
 */
interface Screen {

    /** Shows these lines, in order, together. */
    void show(List<AttributedString> lines);

    /** Clears the screen, where there is one. */
    void clear();

    /** Shows nothing more: the client is ending. */
    default void close() {}
}
