package io.sotto.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.SessionCiphers;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Say;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.json.JsonSerializer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How messages are packed into records and unpacked again. The cipher here only appends a
 * 16-byte tag: packing is under test, not cryptography (the real suites are tested in their own
 * module and end to end in app).
 */
class SecureChannelTest {
    private final JsonSerializer json = new JsonSerializer();
    private final Deque<byte[]> wire = new ArrayDeque<>();
    private final SecureChannel channel = new SecureChannel(new LoopConnection(), new Established(
            new NoSuite(), json, new SessionCiphers(new TagOnly(), new TagOnly()), new byte[32], new byte[32]));

    @Test
    void queuedMessagesShareOneRecordAndComeOutInOrder() throws Exception {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            messages.add(json.encode(new Say("message " + i, false)));
        }
        channel.sendEncoded(messages);
        assertEquals(1, wire.size(), "one record for a hundred short messages");
        for (int i = 0; i < 100; i++) {
            assertEquals(new Say("message " + i, false), channel.receive());
        }
        assertNull(channel.receive());
    }

    @Test
    void aBatchLargerThanARecordIsSplitAtMessageBoundaries() throws Exception {
        String big = "x".repeat(20_000);
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            messages.add(json.encode(new Say(big + i, false)));
        }
        channel.sendEncoded(messages);
        assertEquals(3, wire.size(), "three 20 KB messages fit in a 64 KB record");
        wire.forEach(record -> assertEquals(true, record.length <= 65_535));
        for (int i = 0; i < 7; i++) {
            assertEquals(big + i, ((Say) channel.receive()).text());
        }
    }

    @Test
    void aMalformedMessageInsideARecordDoesNotLoseTheOthers() throws Exception {
        channel.sendEncoded(List.of(json.encode(new Say("before", false)),
                "{\"type\":\"nonsense\"}".getBytes(StandardCharsets.UTF_8), json.encode(new Say("after", false))));
        assertEquals("before", ((Say) channel.receive()).text());
        assertThrows(MalformedMessageException.class, channel::receive);
        assertEquals("after", ((Say) channel.receive()).text());
    }

    @Test
    void lengthsThatDoNotAddUpCloseTheChannel() {
        wire.add(tagged(new byte[] {0x00, 0x05, 'a', 'b'}));
        assertEquals("bad_record", assertThrows(ProtocolException.class, channel::receive).code());
        wire.clear();
        wire.add(tagged(new byte[0]));
        assertInstanceOf(ProtocolException.class, assertThrows(ProtocolException.class, channel::receive));
    }

    private static byte[] tagged(byte[] plaintext) {
        return Arrays.copyOf(plaintext, plaintext.length + 16);
    }

    /** Appends a zero tag; opening strips it. */
    private static final class TagOnly implements RecordCipher {
        @Override
        public int overhead() {
            return 16;
        }

        @Override
        public int seal(byte[] plaintext, int offset, int length, byte[] out, int outOffset) {
            System.arraycopy(plaintext, offset, out, outOffset, length);
            Arrays.fill(out, outOffset + length, outOffset + length + 16, (byte) 0);
            return length + 16;
        }

        @Override
        public byte[] open(byte[] record) {
            return Arrays.copyOf(record, record.length - 16);
        }
    }

    /** Frames sent come back as frames received. */
    private final class LoopConnection implements FrameConnection {
        @Override
        public byte[] receive() {
            return wire.pollFirst();
        }

        @Override
        public void send(List<byte[]> frames) {
            wire.addAll(frames);
        }

        @Override
        public void setReceiveTimeout(Duration timeout) {}

        @Override
        public String peerAddress() {
            return "loop";
        }

        @Override
        public void close() {}
    }

    private static final class NoSuite implements CipherSuite {
        @Override public String id() { return "none"; }
        @Override public String description() { return "packing tests only"; }
        @Override public String staticKeyType() { return "none"; }
        @Override public KeyPair generateStaticKeyPair(SecureRandom random) { throw new UnsupportedOperationException(); }
        @Override public KeyPair staticKeyPair(byte[] privateKey) { throw new UnsupportedOperationException(); }
        @Override public Handshake initiator(byte[] prologue, SecureRandom random) { throw new UnsupportedOperationException(); }
        @Override public Handshake responder(byte[] prologue, KeyPair key, SecureRandom random) { throw new UnsupportedOperationException(); }
    }
}
