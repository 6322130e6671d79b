package io.sotto.ui.console;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes events on to a listener, but only from {@link #release()} on: the ones that arrive
 * before are kept and passed on, in order, at release.
 *
 * <p>Why: the session's reader starts delivering events (the user's own "joined" line first) the
 * moment the server welcomes them, while the starting thread is still printing the welcome's
 * "connected to ..." lines; without holding them, the room's first lines could come out above
 * the banner that introduces them.
 */
final class HeldEvents implements ChatListener {
    private final ChatListener target;
    private List<ChatEvent> held = new ArrayList<>();

    HeldEvents(ChatListener target) {
        this.target = target;
    }

    @Override
    public synchronized void onEvent(ChatEvent event) {
        if (held != null) {
            held.add(event);
        } else {
            target.onEvent(event);
        }
    }

    /** Passes on what was held and lets every later event straight through. */
    synchronized void release() {
        if (held == null) {
            return;
        }
        List<ChatEvent> waiting = held;
        held = null;
        waiting.forEach(target::onEvent);
    }
}
