package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
    // Field names and type values, each encoded once: the generator copies their bytes instead of
    // encoding the same text again for every message (SerializedString keeps its encoded forms).
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString NICK = new SerializedString("nick");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString ACTION = new SerializedString("action");
    private static final SerializedString TOKEN = new SerializedString("token");
    private static final SerializedString SERVER_NAME = new SerializedString("server_name");
    private static final SerializedString MOTD = new SerializedString("motd");
    private static final SerializedString ONLINE = new SerializedString("online");
    private static final SerializedString MAX_MESSAGE_CHARS = new SerializedString("max_message_chars");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString PREVIOUS_NICK = new SerializedString("previous_nick");
    private static final SerializedString ONLINE_COUNT = new SerializedString("online_count");
    private static final SerializedString CHANGES = new SerializedString("changes");

    private static final SerializedString TYPE_JOIN = new SerializedString("join");
    private static final SerializedString TYPE_SAY = new SerializedString("say");
    private static final SerializedString TYPE_NICK = new SerializedString("nick");
    private static final SerializedString TYPE_LEAVE = new SerializedString("leave");
    private static final SerializedString TYPE_PING = new SerializedString("ping");
    private static final SerializedString TYPE_PONG = new SerializedString("pong");
    private static final SerializedString TYPE_WELCOME = new SerializedString("welcome");
    private static final SerializedString TYPE_REFUSED = new SerializedString("refused");
    private static final SerializedString TYPE_MESSAGE = new SerializedString("message");
    private static final SerializedString TYPE_PRESENCE = new SerializedString("presence");
    private static final SerializedString TYPE_PRESENCE_BATCH = new SerializedString("presence_batch");
    private static final SerializedString TYPE_NOTICE = new SerializedString("notice");

    private MessageWriter() {}

    static void write(Message message, JsonGenerator out) throws IOException {
        out.writeStartObject(message, fieldCount(message));
        switch (message) {
            case Join join -> {
                type(out, TYPE_JOIN);
                string(out, NICK, join.nick());
            }
            case Say say -> {
                type(out, TYPE_SAY);
                string(out, TEXT, say.text());
                bool(out, ACTION, say.action());
            }
            case Rename rename -> {
                type(out, TYPE_NICK);
                string(out, NICK, rename.nick());
            }
            case Leave leave -> type(out, TYPE_LEAVE);
            case Ping ping -> {
                type(out, TYPE_PING);
                number(out, TOKEN, ping.token());
            }
            case Pong pong -> {
                type(out, TYPE_PONG);
                number(out, TOKEN, pong.token());
            }
            case Welcome welcome -> writeWelcome(welcome, out);
            case Refused refused -> {
                type(out, TYPE_REFUSED);
                string(out, CODE, refused.code());
                string(out, REASON, refused.reason());
            }
            case Posted posted -> {
                type(out, TYPE_MESSAGE);
                number(out, ID, posted.id());
                number(out, TIME, posted.time().toEpochMilli());
                string(out, NICK, posted.nick());
                string(out, TEXT, posted.text());
                bool(out, ACTION, posted.action());
            }
            case Presence presence -> {
                type(out, TYPE_PRESENCE);
                writePresenceFields(presence, out);
            }
            case PresenceBatch batch -> {
                type(out, TYPE_PRESENCE_BATCH);
                out.writeFieldName(CHANGES);
                out.writeStartArray(batch.changes(), batch.changes().size());
                for (Presence presence : batch.changes()) {
                    out.writeStartObject(presence, 5);
                    writePresenceFields(presence, out);
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            case Notice notice -> {
                type(out, TYPE_NOTICE);
                string(out, CODE, notice.code());
                string(out, TEXT, notice.text());
            }
        }
        out.writeEndObject();
    }

    private static void writePresenceFields(Presence presence, JsonGenerator out) throws IOException {
        string(out, KIND, presence.kind().name().toLowerCase(Locale.ROOT));
        string(out, NICK, presence.nick());
        string(out, PREVIOUS_NICK, presence.previousNick());
        number(out, TIME, presence.time().toEpochMilli());
        number(out, ONLINE_COUNT, presence.onlineCount());
    }

    private static void writeWelcome(Welcome welcome, JsonGenerator out) throws IOException {
        type(out, TYPE_WELCOME);
        string(out, NICK, welcome.nick());
        string(out, SERVER_NAME, welcome.serverName());
        string(out, MOTD, welcome.motd());
        out.writeFieldName(ONLINE);
        out.writeStartArray(welcome.online(), welcome.online().size());
        for (String nick : welcome.online()) {
            out.writeString(nick);
        }
        out.writeEndArray();
        number(out, ONLINE_COUNT, welcome.onlineCount());
        number(out, MAX_MESSAGE_CHARS, welcome.maxMessageChars());
    }

    private static void type(JsonGenerator out, SerializableString type) throws IOException {
        out.writeFieldName(TYPE);
        out.writeString(type);
    }

    private static void string(JsonGenerator out, SerializableString name, String value) throws IOException {
        out.writeFieldName(name);
        out.writeString(value);
    }

    private static void number(JsonGenerator out, SerializableString name, long value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(value);
    }

    private static void number(JsonGenerator out, SerializableString name, int value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(value);
    }

    private static void bool(JsonGenerator out, SerializableString name, boolean value) throws IOException {
        out.writeFieldName(name);
        out.writeBoolean(value);
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
            case Welcome welcome -> 7;
            case Posted posted -> 6;
            case Presence presence -> 6;
            case PresenceBatch batch -> 2;
        };
    }
}
