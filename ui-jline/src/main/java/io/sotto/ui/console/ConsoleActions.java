package io.sotto.ui.console;

/**
 * What the built-in commands ask the console to do that {@link io.sotto.api.command.CommandContext}
 * does not offer: actions, nickname changes, clearing the screen, quitting.
 */
interface ConsoleActions {

    /** Posts an action ({@code /me waves}). */
    void act(String text);

    /** Asks the server for a new nickname; a refusal arrives as an event. */
    void rename(String nick);

    /** Clears the screen (a no-op without a terminal). */
    void clearScreen();

    /** Leaves the room and ends the client once the command returns. */
    void quit();
}
