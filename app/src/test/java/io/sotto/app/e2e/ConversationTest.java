package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.PresenceChanged;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.JoinRefusedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Refused;
import io.sotto.api.message.Welcome;
import io.sotto.testsupport.EventRecorder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three real clients talk through a real server over loopback TCP with Noise and JSON. */
class ConversationTest {
    @TempDir
    Path dir;

    @Test
    void threeClientsConverseInOrderWithUnicodeAndLongMessages() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            EventRecorder ada = new EventRecorder();
            EventRecorder bob = new EventRecorder();
            EventRecorder cy = new EventRecorder();
            try (ChatSession a = join(server, "Ada", ada);
                    ChatSession b = join(server, "Bob", bob);
                    ChatSession c = join(server, "Cy", cy)) {
                ada.await(PresenceChanged.class, p -> p.presence().nick().equals("Cy"));
                String unicode = "héllo wörld 👋🏽 — 日本語 — עברית";
                String longText = "x".repeat(3_999) + "!";
                for (int i = 0; i < 50; i++) {
                    a.say("ada " + i);
                    b.say("bob " + i);
                }
                c.say(unicode);
                c.act(longText);
                for (EventRecorder listener : List.of(ada, bob, cy)) {
                    List<MessagePosted> messages = listener.await(MessagePosted.class, m -> true, 102);
                    assertInOrder(messages, "Ada", "ada ");
                    assertInOrder(messages, "Bob", "bob ");
                    assertTrue(messages.stream().anyMatch(m -> m.message().text().equals(unicode)));
                    assertTrue(messages.stream().anyMatch(m -> m.message().text().equals(longText) && m.message().action()));
                }
                assertEquals(List.of("Ada", "Bob", "Cy"), c.online());
            }
        }
    }

    @Test
    void welcomeCarriesServerNameMotdAndOnlineList() throws Exception {
        try (TestServer server = TestServer.start(dir);
                ChatSession first = join(server, "Ada", new EventRecorder());
                ChatSession second = TestServer.client(dir.resolve("b")).connect(server.address(),
                        ServerTrust.acceptNew(), new EventRecorder())) {
            Welcome welcome = second.join("Bob");
            assertEquals("Test Server", welcome.serverName());
            assertEquals("welcome, all", welcome.motd());
            assertEquals(List.of("Ada", "Bob"), welcome.online());
        }
    }

    @Test
    void everyoneSeesJoinsLeavesAndRenames() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            EventRecorder ada = new EventRecorder();
            try (ChatSession a = join(server, "Ada", ada)) {
                ChatSession b = join(server, "Bob", new EventRecorder());
                ada.await(PresenceChanged.class, p -> p.presence().kind() == Presence.Kind.JOINED
                        && p.presence().nick().equals("Bob"));
                b.rename("Robert");
                ada.await(PresenceChanged.class, p -> p.presence().kind() == Presence.Kind.RENAMED
                        && p.presence().previousNick().equals("Bob") && p.presence().nick().equals("Robert"));
                b.close();
                PresenceChanged left = ada.await(PresenceChanged.class,
                        p -> p.presence().kind() == Presence.Kind.LEFT && p.presence().nick().equals("Robert"));
                assertEquals(1, left.presence().onlineCount());
                assertEquals(List.of("Ada"), a.online());
            }
        }
    }

    @Test
    void aCrowdArrivingAtOnceEndsUpWithTheSameOnlineListEverywhere() throws Exception {
        int crowd = 80;
        try (TestServer server = TestServer.start(dir)) {
            List<ChatSession> sessions = new java.util.ArrayList<>();
            List<EventRecorder> recorders = new java.util.ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                List<java.util.concurrent.Future<ChatSession>> joining = new java.util.ArrayList<>();
                for (int i = 0; i < crowd; i++) {
                    String nick = String.format("p%02d", i);
                    EventRecorder recorder = new EventRecorder();
                    recorders.add(recorder);
                    joining.add(pool.submit(() -> join(server, nick, recorder)));
                }
                for (var future : joining) {
                    sessions.add(future.get());
                }
            }
            // Whatever the interleaving of welcomes and presence, every member ends up knowing all.
            for (int i = 0; i < crowd; i++) {
                ChatSession session = sessions.get(i);
                try {
                    recorders.get(i).await(PresenceChanged.class, p -> session.online().size() == crowd);
                } catch (AssertionError e) {
                    List<String> missing = new java.util.ArrayList<>(sessions.stream().map(ChatSession::nick).toList());
                    missing.removeAll(session.online());
                    throw new AssertionError(session.nick() + " knows " + session.online().size() + " of " + crowd
                            + "; missing " + missing + "; its presence events: " + recorders.get(i).events().stream()
                                    .filter(ev -> ev instanceof PresenceChanged).map(ev -> ((PresenceChanged) ev).presence().nick()).toList(), e);
                }
            }
            for (ChatSession session : sessions) {
                assertEquals(sessions.getFirst().online(), session.online(), "everyone sees the same room");
            }
            sessions.forEach(ChatSession::close);
        }
    }

    @Test
    void takenReservedAndInvalidNicknamesAreRefusedWithReasonsAndTheUserCanRetry() throws Exception {
        try (TestServer server = TestServer.start(dir);
                ChatSession ada = join(server, "Ada", new EventRecorder());
                ChatSession other = TestServer.client(dir.resolve("o")).connect(server.address(),
                        ServerTrust.acceptNew(), new EventRecorder())) {
            assertRefused(other, "ADA", Refused.NICK_TAKEN, "taken");
            assertRefused(other, "Server", Refused.NICK_RESERVED, "reserved");
            assertRefused(other, "two words", Refused.NICK_INVALID, "spaces");
            assertRefused(other, "a\u200Bb", Refused.NICK_INVALID, "invisible");
            assertRefused(other, "x".repeat(33), Refused.NICK_INVALID, "32");
            assertEquals("Ada2", other.join("Ada2").nick());
        }
    }

    private static void assertRefused(ChatSession session, String nick, String code, String reasonPart) {
        JoinRefusedException e = assertThrows(JoinRefusedException.class, () -> session.join(nick));
        assertEquals(code, e.refusal().code());
        assertTrue(e.getMessage().contains(reasonPart), e.getMessage());
    }

    private static void assertInOrder(List<MessagePosted> messages, String nick, String prefix) {
        List<String> texts = messages.stream()
                .filter(m -> m.message().nick().equals(nick))
                .map(m -> m.message().text())
                .toList();
        for (int i = 0; i < 50; i++) {
            assertEquals(prefix + i, texts.get(i), "message " + i + " from " + nick);
        }
    }

    private ChatSession join(TestServer server, String nick, EventRecorder recorder) throws Exception {
        ChatSession session = TestServer.client(dir.resolve("client-" + nick))
                .connect(server.address(), ServerTrust.acceptNew(), recorder);
        session.join(nick);
        return session;
    }
}
