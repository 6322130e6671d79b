package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The plain-text export: one line per event, oldest first, like an IRC log. */
final class TextTranscript implements Transcript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateTimeFormatter time;

    TextTranscript(Clock clock) {
        this.time = TIME.withZone(clock.getZone());
    }

    @Override
    public String render(List<ChatEvent> history) {
        StringBuilder out = new StringBuilder();
        for (ChatEvent event : history) {
            out.append('[').append(time.format(event.time())).append("] ").append(describe(event)).append('\n');
        }
        return out.toString();
    }

    private static String describe(ChatEvent event) {
        return switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message());
            case ChatEvent.PresenceChanged change -> presence(change.presence());
            case ChatEvent.NoticeReceived notice -> "-!- " + oneLine(notice.notice().text());
            case ChatEvent.RenameRefused refused -> "-!- rename refused: " + oneLine(refused.refusal().reason());
            case ChatEvent.ConnectionChanged change -> "-!- " + oneLine(change.detail());
        };
    }

    private static String message(Posted message) {
        String text = oneLine(message.text());
        return message.action() ? "* " + message.nick() + " " + text : "<" + message.nick() + "> " + text;
    }

    private static String presence(Presence presence) {
        return switch (presence.kind()) {
            case JOINED -> "--> " + presence.nick() + " joined (" + presence.onlineCount() + " online)";
            case LEFT -> "<-- " + presence.nick() + " left (" + presence.onlineCount() + " online)";
            case RENAMED -> "--- " + presence.previousNick() + " is now " + presence.nick();
        };
    }

    /** A message with line breaks keeps one entry per event; continuation lines are indented. */
    private static String oneLine(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n    ");
    }
}
