package io.sotto.codec.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format-independent rules, shown with JSON because it is readable. The json and cbor
 * serializers' own tests cover their formats.
 */
class JacksonMessageCodecTest {
    private final JacksonMessageCodec codec = new JacksonMessageCodec(new JsonFactory(), "JSON");

    static Stream<Message> everyMessage() {
        Instant time = Instant.ofEpochMilli(1_764_000_000_123L);
        return Stream.of(new Join("Ada"), new Say("hi", true), new Rename("Grace"), new Leave(), new Ping(1),
                new Pong(2), new Welcome("Ada", "Home", "", List.of("Ada"), 1, 4000),
                new Refused(Refused.NICK_TAKEN, "taken"), new Posted(1, time, "Ada", "hi", false),
                new Presence(Presence.Kind.JOINED, "Ada", "", time, 1), new Notice(Notice.SHUTDOWN, "bye"),
                new PresenceBatch(List.of(new Presence(Presence.Kind.JOINED, "Ada", "", time, 1),
                        new Presence(Presence.Kind.LEFT, "Bob", "", time, 0))));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void typeComesFirstAndTheAnnouncedSizesMatchWhatIsWritten(Message message) throws Exception {
        // The writer announces each object's and array's size (CBOR writes it); count what follows.
        try (JsonParser parser = new JsonFactory().createParser(codec.encode(message))) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals("type", parser.nextFieldName());
            int fields = 1;
            parser.nextToken();
            while (parser.nextFieldName() != null) {
                fields++;
                parser.nextToken();
                parser.skipChildren();
            }
            assertEquals(expectedFields(message), fields);
        }
        assertEquals(message, codec.decode(codec.encode(message)));
    }

    @Test
    void aMessageLargerThanTheGeneratorsBufferIsWholeAfterSeveralWrites() throws Exception {
        List<String> online = IntStream.range(0, 5_000).mapToObj(i -> "nick-" + i).toList();
        Welcome welcome = new Welcome("nick-0", "Home", "x".repeat(20_000), online, online.size(), 4000);
        byte[] bytes = codec.encode(welcome);
        assertTrue(bytes.length > 60_000, "only " + bytes.length + " bytes");
        assertEquals(welcome, codec.decode(bytes));
    }

    private static int expectedFields(Message message) {
        // Independent of the writer: one field per record component, plus "type".
        return message.getClass().getRecordComponents().length + 1;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"join\",\"nick\":\"a\",\"nick\":\"b\"}                       | duplicate field 'nick'",
        "{\"type\":\"join\",\"nick\":null}                                       | missing field 'nick'",
        "{\"type\":\"join\"}                                                     | missing field 'nick'",
        "{\"nick\":\"a\"}                                                        | missing field 'type'",
        "{\"type\":\"join\",\"nick\":\"a\",\"why\":{\"x\":1}}                    | unknown field 'why' in a 'join' message",
        "{\"type\":\"join\",\"nick\":[\"a\"]}                                    | field 'nick' must be a string",
        "{\"type\":\"say\",\"text\":\"a\",\"action\":1}                          | field 'action' must be true or false",
        "{\"type\":\"ping\",\"token\":1e3}                                       | field 'token' must be an integer",
        "{\"type\":\"ping\",\"token\":18446744073709551616}                      | field 'token' must be an integer",
        "{\"type\":\"welcome\",\"nick\":\"a\",\"server_name\":\"s\",\"motd\":\"\",\"online\":[\"a\",[1]],\"online_count\":1,\"max_message_chars\":1} | field 'online' must be an array of strings",
        "{\"type\":\"leave\"} {}                                                 | trailing data",
        "[]                                                                      | one JSON object",
        "''                                                                      | one JSON object",
        "{\"type\":\"leave\",\"x\":[[[[[[[[]]]]]]]]}                             | not valid JSON",
        "{\"type\":\"leave\"                                                     | not valid JSON",
    })
    void everyRefusalSaysWhy(String input, String reason) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> codec.decode(input.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** The exact reason, and which problem wins when a message has several. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A repeated name is refused before its value is read, even an unreadable one.
        "{\"type\":\"join\",\"nick\":\"a\",\"nick\":[                  | duplicate field 'nick'",
        "{\"type\":\"join\",\"nick\":null,\"nick\":\"a\"}               | duplicate field 'nick'",
        // Duplicates are found while reading, before any field is asked for.
        "{\"x\":1,\"type\":\"nope\",\"x\":2}                             | duplicate field 'x'",
        "{\"type\":\"nope\",\"x\":1}                                       | unknown message type 'nope'",
        // Missing and wrong-typed fields come before unknown ones; unknown names the first.
        "{\"type\":\"join\",\"x\":1}                                       | missing field 'nick'",
        "{\"type\":\"join\",\"x\":1,\"nick\":2}                           | field 'nick' must be a string",
        "{\"type\":\"leave\",\"b\":1,\"a\":2}                             | unknown field 'b' in a 'leave' message",
        "{\"b\":null,\"type\":\"leave\"}                                   | unknown field 'b' in a 'leave' message",
        "{\"type\":\"ping\",\"token\":1.5}                                 | field 'token' must be an integer",
        "{\"type\":\"welcome\",\"nick\":\"a\",\"server_name\":\"s\",\"motd\":\"\",\"online\":[],\"online_count\":1,\"max_message_chars\":4294967296} | field 'max_message_chars' must be a 32-bit integer",
        "{\"type\":\"presence_batch\",\"changes\":[]}                      | a presence_batch needs at least one change",
        "{\"type\":\"presence_batch\",\"changes\":[{\"kind\":\"left\",\"nick\":\"a\",\"previous_nick\":\"\",\"time\":1,\"online_count\":0,\"x\":1}]} | unknown field 'x' in a 'presence_batch change' message",
        "{\"type\":\"presence_batch\",\"changes\":[{\"kind\":\"left\",\"kind\":\"left\"}]} | duplicate field 'kind'",
        "{\"type\":\"leave\"} 1                                              | trailing data after the message",
    })
    void theReasonIsExactAndTheFirstProblemWins(String input, String reason) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> codec.decode(input.getBytes(StandardCharsets.UTF_8)));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void manyFieldsAreCheckedForDuplicatesAndNamedInOrder() {
        StringBuilder fields = new StringBuilder("{\"type\":\"leave\"");
        for (int i = 0; i < 100; i++) {
            fields.append(",\"f").append(i).append("\":").append(i);
        }
        String distinct = fields + "}";
        String repeated = fields + ",\"f7\":0}";
        MalformedMessageException unknown = assertThrows(MalformedMessageException.class,
                () -> codec.decode(distinct.getBytes(StandardCharsets.UTF_8)));
        assertEquals("unknown field 'f0' in a 'leave' message", unknown.getMessage());
        MalformedMessageException duplicate = assertThrows(MalformedMessageException.class,
                () -> codec.decode(repeated.getBytes(StandardCharsets.UTF_8)));
        assertEquals("duplicate field 'f7'", duplicate.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsReadAndSkipped() {
        // Depth 8 in an unknown field: read to the end, then refused as unknown rather than too deep.
        String input = "{\"type\":\"leave\",\"x\":[[[[[[[]]]]]]]}";
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> codec.decode(input.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("unknown field 'x'"), e.getMessage());
    }

    @Test
    void theCallersFactoryIsLeftAlone() throws Exception {
        JsonFactory own = new JsonFactory();
        new JacksonMessageCodec(own, "JSON");
        try (JsonParser parser = own.createParser("[[[[[[[[[[[[]]]]]]]]]]]]")) {
            while (parser.nextToken() != null) {
                // a caller's own factory keeps Jackson's default depth limit
            }
        }
    }
}
