/**
 * Sotto's console front-end ({@code --ui console}): a terminal chat client on JLine with line
 * editing, completion, coloured nicknames and messages printed above the input line, and a plain
 * line-per-event mode when standard input or output is not a terminal.
 *
 * <p>It knows the client API of {@code io.sotto.api} and JLine, nothing of Sotto's core: the
 * launcher hands it a {@link io.sotto.api.frontend.FrontEndContext}.
 */
module io.sotto.ui.console {
    // The FrontEnd SPI, the client session and the command dispatcher it drives.
    requires io.sotto.api;
    // Line editing, history, completion and printing above the prompt.
    requires org.jline.reader;
    // Terminals (system or on streams) and styled text.
    requires org.jline.terminal;

    // Found by the launcher through ServiceLoader; the package stays unexported.
    provides io.sotto.api.frontend.FrontEnd with io.sotto.ui.console.ConsoleFrontEnd;
}
