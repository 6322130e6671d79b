/**
 * Sotto's desktop front-end ({@code sotto client --ui gui}): a JavaFX window with the people
 * online, the conversation and the options, plus the connect and trust dialogs.
 *
 * <p>It talks to the chat only through {@code io.sotto.api} (the session, the command dispatcher);
 * it never sees the core, a transport or a cipher suite.
 */
module io.sotto.ui.gui {
    // The front-end SPI, the client session and the command dispatcher.
    requires io.sotto.api;
    // The window, its controls and CSS themes (javafx.graphics and javafx.base come with it).
    requires javafx.controls;

    // Found by the launcher's registry as the front-end with id "gui".
    provides io.sotto.api.frontend.FrontEnd with io.sotto.ui.gui.GuiFrontEnd;
}
