package io.sotto.ui.gui;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatEvent.ConnectionChanged;
import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.NoticeReceived;
import io.sotto.api.client.ChatEvent.PresenceChanged;
import io.sotto.api.client.ChatEvent.RenameRefused;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.util.regex.Pattern;

/**
 * Turns a session event into the line the conversation shows. Pure (no JavaFX), so the wording
 * and the own/mention rules are tested without a window.
 */
final class EventLines {
    private EventLines() {}

    /** @param ownNick the user's nickname now, to mark own messages and mentions */
    static ChatLine lineFor(ChatEvent event, String ownNick) {
        return switch (event) {
            case MessagePosted m -> message(m.message(), ownNick);
            case PresenceChanged p -> ChatLine.system(p.time(), presence(p.presence()));
            case NoticeReceived n -> notice(n);
            case RenameRefused r -> ChatLine.error(r.time(), "nickname not changed: " + r.refusal().reason());
            case ConnectionChanged c -> c.state() == ConnectionState.CONNECTED
                    ? ChatLine.system(c.time(), c.detail())
                    : ChatLine.error(c.time(), c.detail());
        };
    }

    static ChatLine message(Posted posted, String ownNick) {
        boolean own = !ownNick.isEmpty() && posted.nick().equals(ownNick);
        boolean mention = !own && mentions(posted.text(), ownNick);
        ChatLine.Kind kind = posted.action() ? ChatLine.Kind.ACTION : ChatLine.Kind.MESSAGE;
        return new ChatLine(kind, posted.time(), posted.nick(), posted.text(), own, mention);
    }

    /** True when {@code text} names {@code nick} as a whole word, in any case ({@code @ada}, {@code Ada:}). */
    static boolean mentions(String text, String nick) {
        if (nick.isBlank()) {
            return false;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(nick) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return word.matcher(text).find();
    }

    private static String presence(Presence p) {
        return switch (p.kind()) {
            case JOINED -> p.nick() + " joined";
            case LEFT -> p.nick() + " left";
            case RENAMED -> p.previousNick() + " is now known as " + p.nick();
        };
    }

    private static ChatLine notice(NoticeReceived n) {
        String text = "server: " + n.notice().text();
        return Notice.INFO.equals(n.notice().code()) ? ChatLine.system(n.time(), text) : ChatLine.error(n.time(), text);
    }
}
