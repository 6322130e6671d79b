/** Desktop chat client on JavaFX. */
module io.sotto.ui.gui {
    requires io.sotto.api;

    // exports io.sotto.ui.gui;
}
