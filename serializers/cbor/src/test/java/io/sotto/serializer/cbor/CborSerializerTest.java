package io.sotto.serializer.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CborSerializerTest {
    private static final HexFormat HEX = HexFormat.of();
    private final CborSerializer cbor = new CborSerializer();

    static Stream<Message> everyMessage() {
        Instant time = Instant.ofEpochMilli(1_764_000_000_123L);
        return Stream.of(
                new Join("Ada"),
                new Say("héllo 👋 \"quoted\"\nsecond line", false),
                new Say("waves", true),
                new Say("", false),
                new Rename("Grace"),
                new Leave(),
                new Ping(Long.MAX_VALUE),
                new Ping(Long.MIN_VALUE),
                new Pong(-1),
                new Pong(0),
                new Welcome("Ada", "Home", "be kind", List.of("Ada", "Grace"), 2, 4000),
                new Welcome("Ada", "Home", "", List.of(), 1_000_000, Integer.MAX_VALUE),
                new Refused(Refused.NICK_TAKEN, "the nickname 'Ada' is taken"),
                new Posted(42, time, "Ada", "hi", false),
                new Posted(Long.MAX_VALUE, Instant.ofEpochMilli(-1), "Ada", "x".repeat(4_000), true),
                new Presence(Presence.Kind.RENAMED, "Grace", "Ada", time, 2),
                new Presence(Presence.Kind.LEFT, "Grace", "", time, Integer.MIN_VALUE),
                new PresenceBatch(List.of(new Presence(Presence.Kind.JOINED, "Ada", "", time, 1),
                        new Presence(Presence.Kind.LEFT, "Bob", "", time, 0))),
                new Notice(Notice.SHUTDOWN, "bye"));
    }

    @Test
    void idAndDescription() {
        assertEquals("cbor", cbor.id());
        assertTrue(cbor.description().contains("CBOR"));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageSurvivesARoundTrip(Message message) throws Exception {
        assertEquals(message, cbor.decode(cbor.encode(message)));
    }

    @Test
    void sayIsEncodedAsADefiniteLengthMapWithTextKeys() {
        // {"type": "say", "text": "hi", "action": false} in RFC 8949's preferred serialization.
        assertEquals("a3" + "64" + "74797065" + "63" + "736179" + "64" + "74657874" + "62" + "6869"
                + "66" + "616374696f6e" + "f4", HEX.formatHex(cbor.encode(new Say("hi", false))));
    }

    @Test
    void bytesAreStandardCborThatAGenericReaderUnderstands() throws Exception {
        Posted posted = new Posted(42, Instant.ofEpochMilli(1_764_000_000_123L), "Ada", "héllo 👋", true);
        JsonNode tree = new CBORMapper().readTree(cbor.encode(posted));
        assertTrue(tree.isObject());
        assertEquals(List.of("type", "id", "time", "nick", "text", "action"), fieldNames(tree));
        assertEquals("message", tree.get("type").textValue());
        assertEquals(42, tree.get("id").longValue());
        assertTrue(tree.get("time").isIntegralNumber());
        assertEquals(1_764_000_000_123L, tree.get("time").longValue());
        assertEquals("Ada", tree.get("nick").textValue());
        assertEquals("héllo 👋", tree.get("text").textValue());
        assertTrue(tree.get("action").booleanValue());

        JsonNode welcome = new CBORMapper().readTree(
                cbor.encode(new Welcome("Ada", "Home", "", List.of("Ada", "Grace"), 2, 4000)));
        assertEquals(List.of("type", "nick", "server_name", "motd", "online", "online_count", "max_message_chars"), fieldNames(welcome));
        assertTrue(welcome.get("online").isArray());
        assertEquals("Grace", welcome.get("online").get(1).textValue());
    }

    @Test
    void cborWrittenByHandIsReadIncludingIndefiniteLengthsAndLongIntegers() throws Exception {
        // {_ "type": "ping", "token": 9223372036854775807} with an indefinite-length map.
        byte[] ping = HEX.parseHex("bf" + "64" + "74797065" + "64" + "70696e67" + "65" + "746f6b656e"
                + "1b" + "7fffffffffffffff" + "ff");
        assertEquals(new Ping(Long.MAX_VALUE), cbor.decode(ping));
        // {"type": "pong", "token": -1}, the fields in the other order.
        byte[] pong = HEX.parseHex("a2" + "65" + "746f6b656e" + "20" + "64" + "74797065" + "64" + "706f6e67");
        assertEquals(new Pong(-1), cbor.decode(pong));
        // An indefinite-length text string, in two chunks: "A" "da".
        byte[] join = HEX.parseHex("a2" + "64" + "74797065" + "64" + "6a6f696e" + "64" + "6e69636b"
                + "7f" + "6141" + "626461" + "ff");
        assertEquals(new Join("Ada"), cbor.decode(join));
    }

    static Stream<Arguments> malformedInputs() throws IOException {
        byte[] say = new CborSerializer().encode(new Say("hi", false));
        byte[] deepArray = new byte[10_000];
        Arrays.fill(deepArray, (byte) 0x81); // [[[[...
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of("nothing", new byte[0]),
                Arguments.of("a break code alone", HEX.parseHex("ff")),
                Arguments.of("reserved additional info", HEX.parseHex("1c")),
                Arguments.of("an array, not a map", HEX.parseHex("820102")),
                Arguments.of("a text string, not a map", HEX.parseHex("63616263")),
                Arguments.of("a number, not a map", HEX.parseHex("01")),
                Arguments.of("a deeply nested array", deepArray),
                Arguments.of("trailing byte", concat(say, HEX.parseHex("00"))),
                Arguments.of("two messages", concat(say, say)),
                Arguments.of("truncated map", Arrays.copyOf(say, say.length - 1)),
                Arguments.of("text string of 2 GB announced, 3 bytes given", HEX.parseHex("a1" + "64" + "74797065"
                        + "7a" + "7fffffff" + "616263")),
                Arguments.of("invalid UTF-8", HEX.parseHex("a2" + "64" + "74797065" + "64" + "6a6f696e"
                        + "64" + "6e69636b" + "62" + "c328")),
                Arguments.of("a map as key", HEX.parseHex("a1" + "a0" + "01"))));
        cases.add(malformed("unknown type", g -> g.writeStringField("type", "teleport")));
        cases.add(malformed("no type", g -> g.writeStringField("text", "hi")));
        cases.add(malformed("unknown field", g -> {
            g.writeStringField("type", "leave");
            g.writeStringField("why", "bored");
        }));
        cases.add(malformed("missing field", g -> {
            g.writeStringField("type", "say");
            g.writeStringField("text", "hi");
        }));
        cases.add(malformed("text is a number", g -> {
            g.writeStringField("type", "say");
            g.writeNumberField("text", 5);
            g.writeBooleanField("action", false);
        }));
        cases.add(malformed("text is binary", g -> {
            g.writeStringField("type", "say");
            g.writeBinaryField("text", new byte[] {'h', 'i'});
            g.writeBooleanField("action", false);
        }));
        cases.add(malformed("action is a string", g -> {
            g.writeStringField("type", "say");
            g.writeStringField("text", "hi");
            g.writeStringField("action", "false");
        }));
        cases.add(malformed("text is null", g -> {
            g.writeStringField("type", "say");
            g.writeNullField("text");
            g.writeBooleanField("action", false);
        }));
        cases.add(malformed("token is a fraction", g -> {
            g.writeStringField("type", "ping");
            g.writeNumberField("token", 1.5);
        }));
        cases.add(malformed("token beyond 64 bits", g -> {
            g.writeStringField("type", "ping");
            g.writeNumberField("token", BigInteger.TWO.pow(64));
        }));
        cases.add(malformed("count beyond 32 bits", g -> {
            g.writeStringField("type", "presence");
            g.writeStringField("kind", "joined");
            g.writeStringField("nick", "a");
            g.writeStringField("previous_nick", "");
            g.writeNumberField("time", 1);
            g.writeNumberField("online_count", 1L << 40);
        }));
        cases.add(malformed("unknown presence kind", g -> {
            g.writeStringField("type", "presence");
            g.writeStringField("kind", "vanished");
            g.writeStringField("nick", "a");
            g.writeStringField("previous_nick", "");
            g.writeNumberField("time", 1);
            g.writeNumberField("online_count", 1);
        }));
        cases.add(malformed("online holds a number", g -> {
            g.writeStringField("type", "welcome");
            g.writeStringField("nick", "a");
            g.writeStringField("server_name", "s");
            g.writeStringField("motd", "");
            g.writeFieldName("online");
            g.writeStartArray();
            g.writeString("a");
            g.writeNumber(1);
            g.writeEndArray();
            g.writeNumberField("max_message_chars", 10);
        }));
        cases.add(malformed("duplicate key", g -> {
            g.writeStringField("type", "join");
            g.writeStringField("nick", "a");
            g.writeStringField("nick", "b");
        }));
        cases.add(malformed("nested too deep", g -> {
            g.writeStringField("type", "join");
            g.writeFieldName("nick");
            for (int i = 0; i < 9; i++) {
                g.writeStartArray();
            }
            for (int i = 0; i < 9; i++) {
                g.writeEndArray();
            }
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedInputs")
    void malformedInputIsRefusedWithAReason(String what, byte[] input) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> cbor.decode(input));
        assertFalse(e.getMessage().isBlank(), "a reason is given");
    }

    @Test
    void reasonsNameTheFieldAtFault() throws IOException {
        assertReason(cbor(g -> {
            g.writeStringField("type", "leave");
            g.writeStringField("why", "bored");
        }), "unknown field 'why'");
        assertReason(cbor(g -> {
            g.writeStringField("type", "join");
            g.writeNumberField("nick", 1);
        }), "field 'nick' must be a string");
        assertReason(cbor(g -> {
            g.writeStringField("type", "join");
            g.writeStringField("nick", "a");
            g.writeStringField("nick", "b");
        }), "duplicate field 'nick'");
        assertReason(concat(cbor.encode(new Leave()), cbor.encode(new Leave())), "trailing data");
        assertReason(HEX.parseHex("820102"), "CBOR object");
        assertReason(HEX.parseHex("ff"), "not valid CBOR");
    }

    @Test
    void everyTruncationOfEveryMessageIsRefused() {
        everyMessage().map(cbor::encode).forEach(bytes -> {
            for (int length = 0; length < bytes.length; length++) {
                byte[] prefix = Arrays.copyOf(bytes, length);
                assertThrows(MalformedMessageException.class, () -> cbor.decode(prefix),
                        () -> "accepted a prefix: " + HEX.formatHex(prefix));
            }
        });
    }

    /**
     * Thousands of random and mutated inputs: each must decode to a message (that then survives a
     * round trip) or be refused with a reason, never raise anything else.
     */
    @Test
    void randomAndMutatedInputsAreDecodedOrRefusedButNeverCrash() {
        Random random = new Random(0x5077_0C_B0L);
        List<byte[]> valid = everyMessage().map(cbor::encode).toList();
        int decoded = 0;
        for (int i = 0; i < 6_000; i++) {
            byte[] input = i % 4 == 0 ? randomBytes(random) : mutate(valid.get(random.nextInt(valid.size())), random);
            try {
                Message message = cbor.decode(input);
                assertEquals(message, cbor.decode(cbor.encode(message)));
                decoded++;
            } catch (MalformedMessageException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "no reason for " + HEX.formatHex(input));
            } catch (Throwable t) {
                fail("input " + HEX.formatHex(input) + " raised " + t, t);
            }
        }
        // Some mutations (a changed letter inside a text value) keep the message well formed.
        assertTrue(decoded > 0, "the mutations never produced a valid message; the loop tests too little");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = (byte) (0xa0 + random.nextInt(8)); // a small map, to get past the first byte
        }
        return bytes;
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = Arrays.copyOf(bytes, at);
                case 3 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    private void assertReason(byte[] input, String part) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> cbor.decode(input));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static List<String> fieldNames(JsonNode tree) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Fields written by {@code body}, inside one (indefinite-length) map. */
    private static byte[] cbor(Fields body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new CBORFactory().createGenerator(out)) {
            generator.writeStartObject();
            body.write(generator);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private static Arguments malformed(String what, Fields body) throws IOException {
        return Arguments.of(what, cbor(body));
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator generator) throws IOException;
    }

    @Test
    void theHelperWritesWhatTheSerializerReads() throws Exception {
        // Guards the malformed cases: the same helper with correct fields gives a valid message.
        byte[] join = cbor(g -> {
            g.writeStringField("type", "join");
            g.writeStringField("nick", "a");
        });
        assertEquals(new Join("a"), cbor.decode(join));
        assertArrayEquals(cbor.encode(new Join("a")), cbor.encode(cbor.decode(join)));
    }
}
