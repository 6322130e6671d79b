package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.ConnectionChanged;
import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.NoticeReceived;
import io.sotto.api.client.ChatEvent.PresenceChanged;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.ConnectionState;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerKeyChangedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Join;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Presence;
import io.sotto.api.message.Say;
import io.sotto.api.message.Welcome;
import io.sotto.core.server.ServerOptions;
import io.sotto.testsupport.EventRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust on first use, slow readers, shutdown and reconnection, over real sockets. */
class TrustAndLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownServerIsAcceptedOnlyWhenTrustedAndThenRemembered() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            Path state = dir.resolve("client");
            List<ServerIdentity> asked = new CopyOnWriteArrayList<>();
            ConnectFailedException refused = assertThrows(ConnectFailedException.class, () -> TestServer.client(state)
                    .connect(server.address(), identity -> asked.add(identity) && false, new EventRecorder()));
            assertTrue(refused.getMessage().contains("not trusted"), refused.getMessage());
            assertEquals(server.server.fingerprints().get("25519"), asked.getFirst().fingerprint());
            assertFalse(Files.exists(state.resolve("known_servers")) && Files.readString(state.resolve("known_servers"))
                    .contains(asked.getFirst().fingerprint()), "a refused server is not remembered");

            TestServer.client(state).connect(server.address(), ServerTrust.acceptNew(), new EventRecorder()).close();
            assertTrue(Files.readString(state.resolve("known_servers")).contains(asked.getFirst().fingerprint()));
            // Known now: no question asked.
            TestServer.client(state).connect(server.address(), identity -> {
                throw new AssertionError("asked again about a known server");
            }, new EventRecorder()).close();
        }
    }

    @Test
    void aChangedServerKeyIsRefusedWhateverTheTrustSays() throws Exception {
        Path state = dir.resolve("client");
        String address;
        try (TestServer first = TestServer.start(dir.resolve("one"))) {
            TestServer.client(state).connect(first.address(), ServerTrust.acceptNew(), new EventRecorder()).close();
            address = first.address();
        }
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        try (TestServer impostor = TestServer.start(dir.resolve("two"), o -> withPort(o, port))) {
            ServerKeyChangedException e = assertThrows(ServerKeyChangedException.class, () -> TestServer.client(state)
                    .connect(impostor.address(), ServerTrust.acceptNew(), new EventRecorder()));
            assertTrue(e.getMessage().contains("HAS CHANGED"), e.getMessage());
            assertEquals(impostor.server.fingerprints().get("25519"), e.presented().fingerprint());
        }
    }

    @Test
    void theServerKeepsItsKeyAcrossRestarts() throws Exception {
        String before;
        try (TestServer server = TestServer.start(dir)) {
            before = server.server.fingerprints().get("25519");
        }
        try (TestServer server = TestServer.start(dir)) {
            assertEquals(before, server.server.fingerprints().get("25519"));
        }
    }

    @Test
    void aStalledReaderIsDisconnectedWhileOthersKeepReceiving() throws Exception {
        try (TestServer server = TestServer.start(dir, o -> withQueue(o, 128))) {
            EventRecorder listener = new EventRecorder();
            try (ChatSession reader = TestServer.client(dir.resolve("r")).connect(server.address(),
                            ServerTrust.acceptNew(), listener);
                    ChatSession talker = TestServer.client(dir.resolve("t")).connect(server.address(),
                            ServerTrust.acceptNew(), new EventRecorder());
                    RawClient stalled = RawClient.handshakeWithTinyWindow(server)) {
                reader.join("Reader");
                talker.join("Talker");
                stalled.sendRecords(stalled.seal(new Join("Sleepy")));
                listener.await(PresenceChanged.class, p -> p.presence().nick().equals("Sleepy"));
                // Sleepy never reads again: its socket buffers fill, then its queue. The reader
                // keeps up, paced in batches so that only Sleepy can fall behind.
                String big = "z".repeat(3_900);
                int sent = 0;
                for (int batch = 0; batch < 100 && server.server.onlineCount() == 3; batch++) {
                    for (int i = 0; i < 100; i++) {
                        talker.say(big + sent++);
                    }
                    int last = sent - 1;
                    listener.await(MessagePosted.class, m -> m.message().text().equals(big + last));
                }
                listener.await(PresenceChanged.class, p -> p.presence().nick().equals("Sleepy")
                        && p.presence().kind() == Presence.Kind.LEFT);
                assertEquals(sent, listener.await(MessagePosted.class, m -> m.message().nick().equals("Talker"), sent)
                        .size(), "the reader missed nothing");
                assertEquals(ConnectionState.CONNECTED, reader.state());
                assertTrue(listener.events().stream().noneMatch(e -> e instanceof ConnectionChanged),
                        "the reader was never cut");
            }
        }
    }

    @Test
    void shutdownTellsEveryClient() throws Exception {
        TestServer server = TestServer.start(dir);
        EventRecorder listener = new EventRecorder();
        try (ChatSession session = TestServer.client(dir.resolve("c")).connect(server.address(),
                ServerTrust.acceptNew(), listener)) {
            session.join("Ada");
            RawClient raw = RawClient.handshake(server);
            server.close();
            listener.await(NoticeReceived.class, n -> n.notice().code().equals(Notice.SHUTDOWN));
            assertEquals(Notice.SHUTDOWN, ((Notice) raw.receive()).code(), "told even before joining");
            raw.close();
        }
    }

    @Test
    void aLostConnectionIsAnnouncedAndRetriedUntilTheServerIsBack() throws Exception {
        TestServer server = TestServer.start(dir);
        int port = server.server.port();
        EventRecorder listener = new EventRecorder();
        try (ChatSession session = TestServer.client(dir.resolve("c")).connect(server.address(),
                ServerTrust.acceptNew(), listener)) {
            session.join("Ada");
            server.close();
            listener.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
            try (TestServer again = TestServer.start(dir, o -> withPort(o, port))) {
                ConnectionChanged back = listener.await(ConnectionChanged.class,
                        c -> c.state() == ConnectionState.CONNECTED);
                assertTrue(back.detail().contains("reconnected"), back.detail());
                assertEquals("Ada", session.nick());
                session.say("I'm back");
                listener.await(MessagePosted.class, m -> m.message().text().equals("I'm back"));
            }
        }
    }

    @Test
    void aFullServerRefusesInTheHelloAndKeepsServingOthers() throws Exception {
        try (TestServer server = TestServer.start(dir, o -> withMaxClients(o, 1));
                RawClient first = RawClient.handshake(server)) {
            first.sendRecords(first.seal(new Join("First")));
            assertTrue(first.receive() instanceof Welcome);
            ConnectFailedException e = assertThrows(ConnectFailedException.class, () -> TestServer
                    .client(dir.resolve("second")).connect(server.address(), ServerTrust.acceptNew(), new EventRecorder()));
            assertTrue(e.getMessage().contains("the server is full"), e.getMessage());
            first.sendRecords(first.seal(new Say("still served", false)));
            Message next = first.receive();
            while (!(next instanceof Posted)) {
                next = first.receive();
            }
            assertEquals("still served", ((Posted) next).text());
        }
    }

    private static ServerOptions withPort(ServerOptions o, int port) {
        return new ServerOptions(o.host(), port, o.transports(), o.dataDirectory(), o.serverName(), o.motd(),
                o.logAddresses(), o.maxClients(), o.maxMessageChars(), o.maxFrameBytes(), o.messagesPerSecond(),
                o.messageBurst(), o.handshakeTimeout(), o.joinTimeout(), o.outboundQueueLimit(), o.suites(),
                o.serializers());
    }

    private static ServerOptions withQueue(ServerOptions o, int queue) {
        return new ServerOptions(o.host(), o.port(), o.transports(), o.dataDirectory(), o.serverName(), o.motd(),
                o.logAddresses(), o.maxClients(), o.maxMessageChars(), o.maxFrameBytes(), 100_000, 100_000,
                o.handshakeTimeout(), o.joinTimeout(), queue, o.suites(), o.serializers());
    }

    private static ServerOptions withMaxClients(ServerOptions o, int max) {
        return new ServerOptions(o.host(), o.port(), o.transports(), o.dataDirectory(), o.serverName(), o.motd(),
                o.logAddresses(), max, o.maxMessageChars(), o.maxFrameBytes(), o.messagesPerSecond(),
                o.messageBurst(), o.handshakeTimeout(), o.joinTimeout(), o.outboundQueueLimit(), o.suites(),
                o.serializers());
    }
}
