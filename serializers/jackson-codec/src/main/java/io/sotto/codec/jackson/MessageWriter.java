package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sotto.api.message.Join;
import io.sotto.api.message.Leave;
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
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a {@link Message} as one object with its {@code type} first. Each object and array is
 * started with its size, which CBOR writes as a definite length (JSON ignores it).
 */
final class MessageWriter {
    private MessageWriter() {}

    static void write(Message message, JsonGenerator out) throws IOException {
        out.writeStartObject(message, fieldCount(message));
        switch (message) {
            case Join join -> {
                out.writeStringField("type", "join");
                out.writeStringField("nick", join.nick());
            }
            case Say say -> {
                out.writeStringField("type", "say");
                out.writeStringField("text", say.text());
                out.writeBooleanField("action", say.action());
            }
            case Rename rename -> {
                out.writeStringField("type", "nick");
                out.writeStringField("nick", rename.nick());
            }
            case Leave leave -> out.writeStringField("type", "leave");
            case Ping ping -> {
                out.writeStringField("type", "ping");
                out.writeNumberField("token", ping.token());
            }
            case Pong pong -> {
                out.writeStringField("type", "pong");
                out.writeNumberField("token", pong.token());
            }
            case Welcome welcome -> writeWelcome(welcome, out);
            case Refused refused -> {
                out.writeStringField("type", "refused");
                out.writeStringField("code", refused.code());
                out.writeStringField("reason", refused.reason());
            }
            case Posted posted -> {
                out.writeStringField("type", "message");
                out.writeNumberField("id", posted.id());
                out.writeNumberField("time", posted.time().toEpochMilli());
                out.writeStringField("nick", posted.nick());
                out.writeStringField("text", posted.text());
                out.writeBooleanField("action", posted.action());
            }
            case Presence presence -> {
                out.writeStringField("type", "presence");
                writePresenceFields(presence, out);
            }
            case PresenceBatch batch -> {
                out.writeStringField("type", "presence_batch");
                out.writeFieldName("changes");
                out.writeStartArray(batch.changes(), batch.changes().size());
                for (Presence presence : batch.changes()) {
                    out.writeStartObject(presence, 5);
                    writePresenceFields(presence, out);
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            case Notice notice -> {
                out.writeStringField("type", "notice");
                out.writeStringField("code", notice.code());
                out.writeStringField("text", notice.text());
            }
        }
        out.writeEndObject();
    }

    private static void writePresenceFields(Presence presence, JsonGenerator out) throws IOException {
        out.writeStringField("kind", presence.kind().name().toLowerCase(Locale.ROOT));
        out.writeStringField("nick", presence.nick());
        out.writeStringField("previous_nick", presence.previousNick());
        out.writeNumberField("time", presence.time().toEpochMilli());
        out.writeNumberField("online_count", presence.onlineCount());
    }

    private static void writeWelcome(Welcome welcome, JsonGenerator out) throws IOException {
        out.writeStringField("type", "welcome");
        out.writeStringField("nick", welcome.nick());
        out.writeStringField("server_name", welcome.serverName());
        out.writeStringField("motd", welcome.motd());
        out.writeFieldName("online");
        out.writeStartArray(welcome.online(), welcome.online().size());
        for (String nick : welcome.online()) {
            out.writeString(nick);
        }
        out.writeEndArray();
        out.writeNumberField("max_message_chars", welcome.maxMessageChars());
    }

    /** The number of fields {@link #write} writes for each message, its type included. */
    private static int fieldCount(Message message) {
        return switch (message) {
            case Leave leave -> 1;
            case Join join -> 2;
            case Rename rename -> 2;
            case Ping ping -> 2;
            case Pong pong -> 2;
            case Say say -> 3;
            case Refused refused -> 3;
            case Notice notice -> 3;
            case Welcome welcome -> 6;
            case Posted posted -> 6;
            case Presence presence -> 6;
            case PresenceBatch batch -> 2;
        };
    }
}
