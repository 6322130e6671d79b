package io.sotto.ui.console;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Turns chat events into the lines the user sees: {@code 12:01 <Ada> hi}, {@code 12:01 * Ada
 * waves}, {@code 12:01 --> Bob joined (2 online)}. The lines are styled (nick colours, bold own
 * lines, highlighted mentions, dim presence) and render as plain text where there is no terminal,
 * so both modes share one layout. All text from the network is sanitized here.
 */
final class EventFormatter {
    static final String JOINED = "-->";
    static final String LEFT = "<--";
    static final String INFO = "---";
    static final String ALERT = "!!";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle OWN = AttributedStyle.BOLD;
    private static final AttributedStyle MENTION = AttributedStyle.BOLD.inverse();
    private static final AttributedStyle ALERT_STYLE = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    private static final AttributedStyle BACK_STYLE = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);

    private final NickColours colours;
    private final ZoneId zone;

    EventFormatter(NickColours colours, ZoneId zone) {
        this.colours = colours;
        this.zone = zone;
    }

    /**
     * @param ownNick the user's nickname, for bold own lines and highlighted mentions (empty
     *     before joining)
     */
    List<AttributedString> format(ChatEvent event, String ownNick) {
        return switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message(), ownNick);
            case ChatEvent.PresenceChanged changed -> List.of(presence(changed.presence()));
            case ChatEvent.NoticeReceived notice ->
                    info(notice.time(), INFO, notice.notice().text(), DIM);
            case ChatEvent.RenameRefused refused ->
                    info(refused.time(), ALERT, "nickname not changed: " + refused.refusal().reason(), ALERT_STYLE);
            case ChatEvent.ConnectionChanged changed -> info(changed.time(), ALERT, changed.detail(),
                    changed.state() == ConnectionState.CONNECTED ? BACK_STYLE : ALERT_STYLE);
        };
    }

    /** A line of the client's own (command output, welcome): no time, not from a person. */
    List<AttributedString> local(String text) {
        return Sanitizer.lines(text).stream().map(AttributedString::new).toList();
    }

    /** A client-side notice with a time and the {@code ---} marker. */
    List<AttributedString> notice(Instant time, String text) {
        return info(time, INFO, text, DIM);
    }

    /** A client-side alert with a time and the {@code !!} marker. */
    List<AttributedString> alert(Instant time, String text) {
        return info(time, ALERT, text, ALERT_STYLE);
    }

    /** The input prompt: who you are and how many are online, e.g. {@code [Ada · 3 online] > }. */
    AttributedString prompt(String ownNick, int online, ConnectionState state) {
        AttributedStringBuilder b = new AttributedStringBuilder().append("[");
        String nick = Sanitizer.inline(ownNick);
        b.styled(colours.styleOf(nick).bold(), nick);
        b.append(" \u00B7 ");
        switch (state) {
            case CONNECTED -> b.append(online + " online");
            case RECONNECTING -> b.styled(ALERT_STYLE, "reconnecting");
            case CLOSED -> b.styled(ALERT_STYLE, "disconnected");
        }
        return b.append("] > ").toAttributedString();
    }

    private List<AttributedString> message(Posted posted, String ownNick) {
        String nick = Sanitizer.inline(posted.nick());
        boolean own = !ownNick.isEmpty() && posted.nick().equalsIgnoreCase(ownNick);
        boolean mention = !own && Mentions.mentions(posted.text(), ownNick);
        AttributedStyle textStyle = own ? OWN : mention ? MENTION : AttributedStyle.DEFAULT;
        AttributedStyle nickStyle = colours.styleOf(posted.nick());
        if (own) {
            nickStyle = nickStyle.bold();
        }

        AttributedStringBuilder head = time(posted.time());
        if (posted.action()) {
            head.append("* ").styled(nickStyle, nick).append(" ");
        } else {
            head.append("<").styled(nickStyle, nick).append("> ");
        }
        return withContinuation(head, Sanitizer.lines(posted.text()), textStyle);
    }

    private AttributedString presence(Presence presence) {
        String nick = Sanitizer.inline(presence.nick());
        AttributedStringBuilder b = time(presence.time());
        switch (presence.kind()) {
            case JOINED -> b.styled(DIM, JOINED + " ").styled(colours.styleOf(presence.nick()), nick)
                    .styled(DIM, " joined (" + presence.onlineCount() + " online)");
            case LEFT -> b.styled(DIM, LEFT + " ").styled(colours.styleOf(presence.nick()), nick)
                    .styled(DIM, " left (" + presence.onlineCount() + " online)");
            case RENAMED -> b.styled(DIM, INFO + " ")
                    .styled(colours.styleOf(presence.previousNick()), Sanitizer.inline(presence.previousNick()))
                    .styled(DIM, " is now known as ").styled(colours.styleOf(presence.nick()), nick);
        }
        return b.toAttributedString();
    }

    private List<AttributedString> info(Instant time, String marker, String text, AttributedStyle style) {
        AttributedStringBuilder head = time(time).styled(style, marker + " ");
        return withContinuation(head, Sanitizer.lines(text), style);
    }

    /** The first line after {@code head}; later lines indented to where the text started. */
    private static List<AttributedString> withContinuation(AttributedStringBuilder head, List<String> lines,
            AttributedStyle style) {
        int indent = head.toAttributedString().columnLength();
        List<AttributedString> out = new ArrayList<>(lines.size());
        out.add(head.styled(style, lines.getFirst()).toAttributedString());
        for (String line : lines.subList(1, lines.size())) {
            out.add(new AttributedStringBuilder().append(" ".repeat(indent)).styled(style, line).toAttributedString());
        }
        return out;
    }

    private AttributedStringBuilder time(Instant time) {
        return new AttributedStringBuilder().styled(DIM, CLOCK.format(time.atZone(zone))).append(" ");
    }
}
