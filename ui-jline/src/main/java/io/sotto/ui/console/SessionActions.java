package io.sotto.ui.console;

import io.sotto.api.client.ChatSession;
import java.util.function.Supplier;

/** {@link ConsoleActions} on the open session, the screen and the client's lifecycle. */
final class SessionActions implements ConsoleActions {
    private final Supplier<ChatSession> session;
    private final Screen screen;
    private final Lifecycle lifecycle;

    SessionActions(Supplier<ChatSession> session, Screen screen, Lifecycle lifecycle) {
        this.session = session;
        this.screen = screen;
        this.lifecycle = lifecycle;
    }

    @Override
    public void act(String text) {
        ChatSession current = session.get();
        if (current != null) {
            current.act(text);
        }
    }

    @Override
    public void rename(String nick) {
        ChatSession current = session.get();
        if (current != null) {
            current.rename(nick);
        }
    }

    @Override
    public void clearScreen() {
        screen.clear();
    }

    @Override
    public void quit() {
        lifecycle.quit();
    }
}
