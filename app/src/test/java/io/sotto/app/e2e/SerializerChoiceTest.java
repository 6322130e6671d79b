package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.PresenceChanged;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Say;
import io.sotto.api.message.Serializer;
import io.sotto.core.json.JsonSerializer;
import io.sotto.serializer.cbor.CborSerializer;
import io.sotto.testsupport.EventRecorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serializer is chosen per link: clients that speak only CBOR and clients that speak only
 * JSON share one room on a server that accepts both, over real TCP with Noise. Every serializer
 * is wrapped in a counter, on the server and on each client, so the test sees which one each
 * link used and how often the server encoded each relayed message.
 */
class SerializerChoiceTest {
    private static final int MESSAGES_EACH = 10;

    @TempDir
    Path dir;

    @Test
    void cborAndJsonClientsConverseAndTheServerEncodesEachMessageOncePerSerializerInUse() throws Exception {
        Counting serverJson = new Counting(new JsonSerializer());
        Counting serverCbor = new Counting(new CborSerializer());
        // The server prefers json; a client that offers only cbor must still get cbor.
        try (TestServer server = TestServer.start(dir, List.of(serverJson, serverCbor))) {
            Member ada = new Member("Ada", new Counting(new CborSerializer()));
            Member cy = new Member("Cy", new Counting(new CborSerializer()));
            Member bob = new Member("Bob", new Counting(new JsonSerializer()));
            Member di = new Member("Di", new Counting(new JsonSerializer()));
            List<Member> everyone = List.of(ada, cy, bob, di);
            try (ChatSession a = ada.join(server); ChatSession c = cy.join(server);
                    ChatSession b = bob.join(server); ChatSession d = di.join(server)) {
                ada.recorder.await(PresenceChanged.class, p -> p.presence().nick().equals("Di"));
                for (int i = 0; i < MESSAGES_EACH; i++) {
                    a.say("from cbor " + i);
                    b.say("from json " + i);
                }
                for (Member member : everyone) {
                    List<MessagePosted> seen = member.recorder.await(MessagePosted.class, m -> true, 2 * MESSAGES_EACH);
                    assertInOrder(seen, "Ada", "from cbor ");
                    assertInOrder(seen, "Bob", "from json ");
                    // Each link used its client's only serializer, in both directions.
                    assertEquals(2 * MESSAGES_EACH, member.serializer.decoded(Posted.class), member.nick);
                }
                assertEquals(Set.of("Ada", "Cy", "Bob", "Di"), Set.copyOf(d.online()));
            }
            assertEquals(MESSAGES_EACH, ada.serializer.encoded(Say.class));
            assertEquals(MESSAGES_EACH, bob.serializer.encoded(Say.class));
            // The server read each Say with the sender's serializer ...
            assertEquals(MESSAGES_EACH, serverCbor.decoded(Say.class), "Says read as CBOR");
            assertEquals(MESSAGES_EACH, serverJson.decoded(Say.class), "Says read as JSON");
            // ... and encoded each relayed message once per serializer in use, not once per recipient:
            // two recipients per serializer, one encoding each.
            assertEquals(2 * MESSAGES_EACH, serverCbor.encoded(Posted.class), "Posted encoded as CBOR");
            assertEquals(2 * MESSAGES_EACH, serverJson.encoded(Posted.class), "Posted encoded as JSON");
        }
    }

    @Test
    void theServersPreferenceWinsAmongWhatTheClientOffers() throws Exception {
        try (TestServer server = TestServer.start(dir, List.of(new CborSerializer(), new JsonSerializer()))) {
            Counting json = new Counting(new JsonSerializer());
            Counting cbor = new Counting(new CborSerializer());
            EventRecorder recorder = new EventRecorder();
            try (ChatSession session = TestServer.client(dir.resolve("client"), TestServer.TRANSPORTS, List.of(json, cbor))
                    .connect(server.address(), ServerTrust.acceptNew(), recorder)) {
                session.join("Ada");
                session.say("hello");
                recorder.await(MessagePosted.class, m -> m.message().text().equals("hello"));
            }
            assertEquals(1, cbor.encoded(Say.class), "the server prefers cbor and the client offers it");
            assertEquals(0, json.encoded(Say.class));
        }
    }

    @Test
    void noCommonSerializerIsRefusedNamingBothLists() throws Exception {
        try (TestServer server = TestServer.start(dir, List.of(new JsonSerializer()))) {
            ConnectFailedException e = assertThrows(ConnectFailedException.class,
                    () -> TestServer.client(dir.resolve("client"), TestServer.TRANSPORTS, List.of(new CborSerializer()))
                            .connect(server.address(), ServerTrust.acceptNew(), new EventRecorder()));
            String message = fullMessage(e);
            assertTrue(message.contains("no common serializer"), message);
            assertTrue(message.contains("[cbor]") && message.contains("[json]"), message);
        }
    }

    private static String fullMessage(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" / ");
        }
        return text.toString();
    }

    private static void assertInOrder(List<MessagePosted> messages, String nick, String prefix) {
        List<String> texts = messages.stream()
                .filter(m -> m.message().nick().equals(nick))
                .map(m -> m.message().text())
                .toList();
        assertEquals(MESSAGES_EACH, texts.size(), nick);
        for (int i = 0; i < MESSAGES_EACH; i++) {
            assertEquals(prefix + i, texts.get(i), "message " + i + " from " + nick);
        }
    }

    /** One client in the room, offering only its one serializer. */
    private final class Member {
        final String nick;
        final Counting serializer;
        final EventRecorder recorder = new EventRecorder();

        Member(String nick, Counting serializer) {
            this.nick = nick;
            this.serializer = serializer;
        }

        ChatSession join(TestServer server) throws Exception {
            ChatSession session = TestServer.client(dir.resolve("client-" + nick), TestServer.TRANSPORTS, List.of(serializer))
                    .connect(server.address(), ServerTrust.acceptNew(), recorder);
            session.join(nick);
            return session;
        }
    }

    /** A serializer that counts what it encodes and decodes, by message type. */
    private static final class Counting implements Serializer {
        private final Serializer delegate;
        private final Map<Class<?>, LongAdder> encoded = new ConcurrentHashMap<>();
        private final Map<Class<?>, LongAdder> decoded = new ConcurrentHashMap<>();

        Counting(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public byte[] encode(Message message) {
            encoded.computeIfAbsent(message.getClass(), c -> new LongAdder()).increment();
            return delegate.encode(message);
        }

        @Override
        public Message decode(byte[] bytes) throws MalformedMessageException {
            Message message = delegate.decode(bytes);
            decoded.computeIfAbsent(message.getClass(), c -> new LongAdder()).increment();
            return message;
        }

        long encoded(Class<? extends Message> type) {
            LongAdder count = encoded.get(type);
            return count == null ? 0 : count.sum();
        }

        long decoded(Class<? extends Message> type) {
            LongAdder count = decoded.get(type);
            return count == null ? 0 : count.sum();
        }
    }
}
