package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Markdown export: a heading with the export time, then a list with one item per event.
 * Messages show the nickname in bold, actions are in italics, and joins, leaves, renames and
 * notices are plain, quiet lines. Everything users typed is escaped with {@link MarkdownText}.
 */
final class MarkdownTranscript implements Transcript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Clock clock;
    private final DateTimeFormatter time;

    MarkdownTranscript(Clock clock) {
        this.clock = clock;
        this.time = TIME.withZone(clock.getZone());
    }

    @Override
    public String render(List<ChatEvent> history) {
        StringBuilder out = new StringBuilder();
        out.append("# Sotto chat, exported ").append(HEADING.withZone(clock.getZone()).format(clock.instant()))
                .append("\n\n");
        if (history.isEmpty()) {
            out.append("*Nothing was said in this session.*\n");
        }
        for (ChatEvent event : history) {
            out.append("- `").append(time.format(event.time())).append("` ").append(describe(event)).append('\n');
        }
        return out.toString();
    }

    private static String describe(ChatEvent event) {
        return switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message());
            case ChatEvent.PresenceChanged change -> presence(change.presence());
            case ChatEvent.NoticeReceived notice -> "Notice: " + md(notice.notice().text());
            case ChatEvent.RenameRefused refused -> "Rename refused: " + md(refused.refusal().reason());
            case ChatEvent.ConnectionChanged change -> "Connection: " + md(change.detail());
        };
    }

    private static String message(Posted message) {
        if (message.action()) {
            // Emphasis needs no space just inside the asterisks.
            return "*" + md((message.nick() + " " + message.text().strip()).strip()) + "*";
        }
        return "**" + md(message.nick()) + ":** " + md(message.text());
    }

    private static String presence(Presence presence) {
        return switch (presence.kind()) {
            case JOINED -> "→ " + md(presence.nick()) + " joined (" + presence.onlineCount() + " online)";
            case LEFT -> "← " + md(presence.nick()) + " left (" + presence.onlineCount() + " online)";
            case RENAMED -> md(presence.previousNick()) + " is now " + md(presence.nick());
        };
    }

    private static String md(String text) {
        return MarkdownText.escape(text);
    }
}
