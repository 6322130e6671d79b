package io.sotto.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSerializerTest {
    private final JsonSerializer json = new JsonSerializer();

    static Stream<Message> everyMessage() {
        Instant time = Instant.ofEpochMilli(1_764_000_000_123L);
        return Stream.of(
                new Join("Ada"),
                new Say("héllo 👋 \"quoted\"\nsecond line", false),
                new Say("waves", true),
                new Rename("Grace"),
                new Leave(),
                new Ping(Long.MAX_VALUE),
                new Pong(-1),
                new Welcome("Ada", "Home", "be kind", List.of("Ada", "Grace"), 2, 4000),
                new Refused(Refused.NICK_TAKEN, "the nickname 'Ada' is taken"),
                new Posted(42, time, "Ada", "hi", false),
                new Presence(Presence.Kind.RENAMED, "Grace", "Ada", time, 2),
                new PresenceBatch(List.of(new Presence(Presence.Kind.JOINED, "Ada", "", time, 1),
                        new Presence(Presence.Kind.LEFT, "Bob", "", time, 0))),
                new Notice(Notice.SHUTDOWN, "bye"));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageSurvivesARoundTrip(Message message) throws Exception {
        assertEquals(message, json.decode(json.encode(message)));
    }

    @Test
    void sayIsEncodedAsDocumented() {
        String text = new String(json.encode(new Say("hi", false)), StandardCharsets.UTF_8);
        assertEquals("{\"type\":\"say\",\"text\":\"hi\",\"action\":false}", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[1,2]",
        "\"just a string\"",
        "{\"type\":\"say\",\"text\":\"hi\"}",
        "{\"type\":\"say\",\"text\":\"hi\",\"action\":false,\"extra\":1}",
        "{\"type\":\"say\",\"text\":5,\"action\":false}",
        "{\"type\":\"say\",\"text\":null,\"action\":false}",
        "{\"type\":\"teleport\"}",
        "{\"text\":\"hi\"}",
        "{\"type\":\"join\",\"nick\":\"a\"} {\"type\":\"join\",\"nick\":\"b\"}",
        "{\"type\":\"join\",\"nick\":\"a\",\"nick\":\"b\"}",
        "{\"type\":\"ping\",\"token\":1.5}",
        "{\"type\":\"ping\",\"token\":123456789012345678901234567890}",
        "{\"type\":\"presence\",\"kind\":\"vanished\",\"nick\":\"a\",\"previous_nick\":\"\",\"time\":1,\"online_count\":1}",
        "{\"type\":\"presence_batch\",\"changes\":[]}",
        "{\"type\":\"presence_batch\",\"changes\":[{\"kind\":\"joined\",\"nick\":\"a\",\"previous_nick\":\"\",\"time\":1,\"online_count\":1,\"x\":1}]}",
        "{\"type\":\"presence_batch\",\"changes\":[1]}",
        "{\"type\":\"join\",\"nick\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}}"
    })
    void malformedInputIsRefusedWithAReason(String input) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> json.decode(input.getBytes(StandardCharsets.UTF_8)));
        assertTrue(!e.getMessage().isBlank(), "a reason is given");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThrows(MalformedMessageException.class, () -> json.decode(bytes));
    }

    @Test
    void unknownFieldIsNamed() {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> json.decode("{\"type\":\"leave\",\"why\":\"bored\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("why"), e.getMessage());
    }
}
