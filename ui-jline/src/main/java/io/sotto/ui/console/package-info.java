/**
 * The console front-end. {@link io.sotto.ui.console.ConsoleFrontEnd} is the extension; it picks
 * terminal or plain mode, opens the session ({@link io.sotto.ui.console.SessionStarter}) and runs
 * the input loop ({@link io.sotto.ui.console.InputLoop}). Everything shown goes through one
 * {@link io.sotto.ui.console.Screen}, and everything that came from the network is passed through
 * the {@link io.sotto.ui.console.Sanitizer} first.
 */
package io.sotto.ui.console;
