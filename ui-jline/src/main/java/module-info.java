/** Terminal chat client on JLine. */
module io.sotto.ui.console {
    requires io.sotto.api;

    // exports io.sotto.ui.console;
}
