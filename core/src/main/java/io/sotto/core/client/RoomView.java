package io.sotto.core.client;

import io.sotto.api.message.Presence;
import io.sotto.api.message.Welcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The room as this client knows it: its own nickname and who is online. */
final class RoomView {
    private static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final List<String> online = new ArrayList<>();
    private String nick = "";
    /** The server's count, from the welcome and then from every presence. */
    private int onlineCount;

    synchronized void welcome(Welcome welcome) {
        nick = welcome.nick();
        online.clear();
        online.addAll(welcome.online());
        online.sort(ORDER);
        onlineCount = Math.max(welcome.onlineCount(), online.size());
    }

    synchronized void apply(Presence presence) {
        onlineCount = presence.onlineCount();
        switch (presence.kind()) {
            case JOINED -> add(presence.nick());
            case LEFT -> online.remove(presence.nick());
            case RENAMED -> {
                online.remove(presence.previousNick());
                add(presence.nick());
                if (presence.previousNick().equals(nick)) {
                    nick = presence.nick();
                }
            }
        }
    }

    synchronized String nick() {
        return nick;
    }

    synchronized List<String> online() {
        return List.copyOf(online);
    }

    synchronized int onlineCount() {
        return onlineCount;
    }

    private void add(String name) {
        if (!online.contains(name)) {
            online.add(name);
            online.sort(ORDER);
        }
    }
}
