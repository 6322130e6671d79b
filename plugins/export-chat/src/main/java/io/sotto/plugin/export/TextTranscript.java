package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The plain-text export: one line per event, oldest first, like an IRC log. */
final class TextTranscript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateTimeFormatter time;

    TextTranscript(ZoneId zone) {
        this.time = TIME.withZone(zone);
    }

    List<String> lines(List<ChatEvent> history) {
        return history.stream().map(event -> "[" + time.format(event.time()) + "] " + describe(event)).toList();
    }

    private static String describe(ChatEvent event) {
        return switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message());
            case ChatEvent.PresenceChanged change -> presence(change.presence());
            case ChatEvent.NoticeReceived notice -> "-!- " + notice.notice().text();
            case ChatEvent.RenameRefused refused -> "-!- rename refused: " + refused.refusal().reason();
            case ChatEvent.ConnectionChanged change -> "-!- " + change.detail();
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

    /** A message with line breaks keeps one line per event; continuation lines are indented. */
    private static String oneLine(String text) {
        return text.replace("\r\n", "\n").replace("\n", System.lineSeparator() + "    ");
    }
}
