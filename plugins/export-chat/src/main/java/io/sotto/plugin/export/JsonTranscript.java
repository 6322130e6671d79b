package io.sotto.plugin.export;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON export: one object with the export time and an array of events, oldest first, one
 * event per line. Times are ISO-8601 instants in UTC. Every event has {@code type} and {@code
 * time}; the other fields depend on the type (see the plugin's README).
 */
final class JsonTranscript implements Transcript {
    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    static final int VERSION = 1;

    private final Clock clock;

    JsonTranscript(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String render(List<ChatEvent> history) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"version\": ").append(VERSION)
                .append(",\n  \"exported\": ").append(time(clock.instant()))
                .append(",\n  \"events\": [");
        for (int i = 0; i < history.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(event(history.get(i)));
        }
        out.append(history.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static String event(ChatEvent event) {
        List<String> fields = new ArrayList<>();
        switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message(), fields);
            case ChatEvent.PresenceChanged change -> presence(change.presence(), fields);
            case ChatEvent.NoticeReceived notice -> {
                fields.add(field("type", "notice"));
                fields.add(field("time", notice.time()));
                fields.add(field("code", notice.notice().code()));
                fields.add(field("text", notice.notice().text()));
            }
            case ChatEvent.RenameRefused refused -> {
                fields.add(field("type", "rename-refused"));
                fields.add(field("time", refused.time()));
                fields.add(field("code", refused.refusal().code()));
                fields.add(field("text", refused.refusal().reason()));
            }
            case ChatEvent.ConnectionChanged change -> {
                fields.add(field("type", "connection"));
                fields.add(field("time", change.time()));
                fields.add(field("state", change.state().name().toLowerCase(Locale.ROOT)));
                fields.add(field("text", change.detail()));
            }
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static void message(Posted message, List<String> fields) {
        fields.add(field("type", "message"));
        fields.add(field("time", message.time()));
        fields.add("\"id\": " + message.id());
        fields.add(field("nick", message.nick()));
        fields.add(field("text", message.text()));
        fields.add("\"action\": " + message.action());
    }

    private static void presence(Presence presence, List<String> fields) {
        fields.add(field("type", "presence"));
        fields.add(field("time", presence.time()));
        fields.add(field("kind", presence.kind().name().toLowerCase(Locale.ROOT)));
        fields.add(field("nick", presence.nick()));
        if (presence.kind() == Presence.Kind.RENAMED) {
            fields.add(field("previousNick", presence.previousNick()));
        }
        fields.add("\"online\": " + presence.onlineCount());
    }

    private static String field(String name, String value) {
        return JsonText.quote(name) + ": " + JsonText.quote(value);
    }

    private static String field(String name, Instant value) {
        return JsonText.quote(name) + ": " + time(value);
    }

    private static String time(Instant instant) {
        return JsonText.quote(instant.toString());
    }
}
