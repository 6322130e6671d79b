package io.sotto.codec.jackson;

import io.sotto.api.message.Join;
import io.sotto.api.message.Leave;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Ping;
import io.sotto.api.message.Pong;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.PresenceBatch;
import io.sotto.api.message.Refused;
import io.sotto.api.message.Rename;
import io.sotto.api.message.Say;
import io.sotto.api.message.Welcome;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Message} from the fields of one object, by its {@code type}. */
final class MessageReader {
    private MessageReader() {}

    static Message read(FieldReader fields) throws MalformedMessageException {
        String type = fields.string("type");
        Message message = switch (type) {
            case "join" -> new Join(fields.string("nick"));
            case "say" -> new Say(fields.string("text"), fields.bool("action"));
            case "nick" -> new Rename(fields.string("nick"));
            case "leave" -> new Leave();
            case "ping" -> new Ping(fields.integer("token"));
            case "pong" -> new Pong(fields.integer("token"));
            case "welcome" -> new Welcome(
                    fields.string("nick"),
                    fields.string("server_name"),
                    fields.string("motd"),
                    fields.strings("online"),
                    fields.smallInteger("online_count"),
                    fields.smallInteger("max_message_chars"));
            case "refused" -> new Refused(fields.string("code"), fields.string("reason"));
            case "message" -> new Posted(
                    fields.integer("id"),
                    fields.time("time"),
                    fields.string("nick"),
                    fields.string("text"),
                    fields.bool("action"));
            case "presence" -> presence(fields);
            case "presence_batch" -> presenceBatch(fields.objects("changes"));
            case "notice" -> new Notice(fields.string("code"), fields.string("text"));
            default -> throw new MalformedMessageException("unknown message type '" + type + "'");
        };
        fields.requireNoOtherFields(type);
        return message;
    }

    private static Presence presence(FieldReader fields) throws MalformedMessageException {
        return new Presence(
                presenceKind(fields.string("kind")),
                fields.string("nick"),
                fields.string("previous_nick"),
                fields.time("time"),
                fields.smallInteger("online_count"));
    }

    private static PresenceBatch presenceBatch(List<FieldReader> changes) throws MalformedMessageException {
        if (changes.isEmpty()) {
            throw new MalformedMessageException("a presence_batch needs at least one change");
        }
        List<Presence> presences = new ArrayList<>(changes.size());
        for (FieldReader change : changes) {
            presences.add(presence(change));
            change.requireNoOtherFields("presence_batch change");
        }
        return new PresenceBatch(presences);
    }

    private static Presence.Kind presenceKind(String kind) throws MalformedMessageException {
        return switch (kind) {
            case "joined" -> Presence.Kind.JOINED;
            case "left" -> Presence.Kind.LEFT;
            case "renamed" -> Presence.Kind.RENAMED;
            default -> throw new MalformedMessageException("unknown presence kind '" + kind + "'");
        };
    }
}
