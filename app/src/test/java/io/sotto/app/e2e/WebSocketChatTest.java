package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.NoticeReceived;
import io.sotto.api.client.ChatEvent.PresenceChanged;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Notice;
import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.core.server.ServerOptions;
import io.sotto.api.transport.Transport;
import io.sotto.testsupport.EventRecorder;
import io.sotto.transport.tcp.TcpTransport;
import io.sotto.transport.websocket.WebSocketTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real server listening on WebSocket and TCP at once; a client over ws:// and a client over
 * tcp:// talk to each other in the same room, with the real Noise suites and JSON.
 */
class WebSocketChatTest {
    private static final Transport WEBSOCKET = new WebSocketTransport();
    private static final Transport TCP = new TcpTransport();
    /** What a client installation has: both transports, chosen by the URI's scheme. */
    private static final List<Transport> CLIENT_TRANSPORTS = List.of(TCP, WEBSOCKET);

    @TempDir
    Path dir;

    @Test
    void aWebSocketClientAndATcpClientConverseThroughOneServer() throws Exception {
        // Each entry of [server] transports may name its port: "tcp:0" gives TCP a free one too.
        try (TestServer server = TestServer.start(dir, List.of(WEBSOCKET, TCP), TestServer.SERIALIZERS,
                o -> new ServerOptions(o.host(), o.port(), List.of("websocket", "tcp:0"), o.dataDirectory(),
                        o.serverName(), o.motd(), o.logAddresses(), o.maxClients(), o.maxMessageChars(),
                        o.maxFrameBytes(), o.messagesPerSecond(), o.messageBurst(), o.handshakeTimeout(),
                        o.joinTimeout(), o.outboundQueueLimit(), o.suites(), o.serializers()))) {
            List<Listener> listeners = server.server.listeners();
            URI ws = listeners.get(0).uri();
            URI tcp = listeners.get(1).uri();
            assertEquals("ws", ws.getScheme());
            assertEquals("tcp", tcp.getScheme());

            EventRecorder ada = new EventRecorder();
            EventRecorder bob = new EventRecorder();
            try (ChatSession a = join(ws, "Ada", ada);
                    ChatSession b = join(tcp, "Bob", bob)) {
                ada.await(PresenceChanged.class, p -> p.presence().nick().equals("Bob"));
                String unicode = "über WebSocket 👋🏽 — 日本語";
                String longText = "y".repeat(3_999) + "!";
                for (int i = 0; i < 30; i++) {
                    a.say("ada " + i);
                    b.say("bob " + i);
                }
                a.say(unicode);
                b.act(longText);
                for (EventRecorder listener : List.of(ada, bob)) {
                    List<MessagePosted> messages = listener.await(MessagePosted.class, m -> true, 62);
                    assertInOrder(messages, "Ada", "ada ");
                    assertInOrder(messages, "Bob", "bob ");
                    assertTrue(messages.stream().anyMatch(m -> m.message().text().equals(unicode)));
                    assertTrue(messages.stream().anyMatch(m -> m.message().text().equals(longText)
                            && m.message().action()));
                }
                assertEquals(List.of("Ada", "Bob"), a.online());
                assertEquals(List.of("Ada", "Bob"), b.online());
            }
        }
    }

    @Test
    void aWebSocketOnlyServerTellsItsClientsWhenItShutsDown() throws Exception {
        TestServer server = TestServer.start(dir, List.of(WEBSOCKET), TestServer.SERIALIZERS, o -> o);
        URI ws = server.server.listeners().getFirst().uri();
        EventRecorder ada = new EventRecorder();
        try (ChatSession a = join(ws, "Ada", ada)) {
            a.say("hello");
            ada.await(MessagePosted.class, m -> m.message().text().equals("hello"));
            server.close();
            ada.await(NoticeReceived.class, n -> n.notice().code().equals(Notice.SHUTDOWN));
        }
    }

    private ChatSession join(URI server, String nick, EventRecorder recorder) throws Exception {
        ChatSession session = TestServer.client(dir.resolve("client-" + nick), CLIENT_TRANSPORTS, TestServer.SERIALIZERS)
                .connect(server, ServerTrust.acceptNew(), recorder);
        session.join(nick);
        return session;
    }

    private static void assertInOrder(List<MessagePosted> messages, String nick, String prefix) {
        List<String> texts = messages.stream()
                .filter(m -> m.message().nick().equals(nick))
                .map(m -> m.message().text())
                .toList();
        for (int i = 0; i < 30; i++) {
            assertEquals(prefix + i, texts.get(i), "message " + i + " from " + nick);
        }
    }
}
