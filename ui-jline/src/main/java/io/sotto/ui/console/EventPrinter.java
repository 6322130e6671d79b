package io.sotto.ui.console;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectionState;
import java.util.function.Supplier;

/**
 * The session's listener: shows each event on the screen, and reports a connection closed for
 * good to the {@link Lifecycle}. Runs on the session's event thread.
 */
final class EventPrinter implements ChatListener {
    private final EventFormatter formatter;
    private final Screen screen;
    private final Lifecycle lifecycle;
    private final Supplier<ChatSession> session;
    private final OwnEchoes echoes;

    /** @param session the session once open (null until then: events may come during connect) */
    EventPrinter(EventFormatter formatter, Screen screen, Lifecycle lifecycle, Supplier<ChatSession> session,
            OwnEchoes echoes) {
        this.formatter = formatter;
        this.screen = screen;
        this.lifecycle = lifecycle;
        this.session = session;
        this.echoes = echoes;
    }

    @Override
    public void onEvent(ChatEvent event) {
        if (event instanceof ChatEvent.ConnectionChanged changed && changed.state() == ConnectionState.CLOSED) {
            if (lifecycle.quitting()) {
                return; // Our own goodbye.
            }
            screen.show(formatter.format(event, ownNick()));
            lifecycle.lost(changed.detail());
            return;
        }
        screen.show(formatter.format(event, ownNick()));
        if (event instanceof ChatEvent.MessagePosted posted && !posted.message().action()
                && posted.message().nick().equals(ownNick())) {
            echoes.echoed();
        }
    }

    private String ownNick() {
        ChatSession current = session.get();
        return current == null ? "" : current.nick();
    }
}
