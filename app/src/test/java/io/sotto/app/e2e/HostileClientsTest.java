package io.sotto.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatEvent.NoticeReceived;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.message.Join;
import io.sotto.api.message.Message;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Say;
import io.sotto.api.message.Welcome;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.server.ServerOptions;
import io.sotto.testsupport.EventRecorder;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each misbehaving client loses its own connection, and only that: a bystander keeps chatting.
 */
class HostileClientsTest {
    @TempDir
    Path dir;

    private TestServer server;
    private ChatSession bystander;
    private EventRecorder bystanderEvents;
    private int probe;

    @BeforeEach
    void startServerWithBystander() throws Exception {
        server = TestServer.start(dir, options -> new ServerOptions(options.host(), options.port(),
                options.transports(), options.dataDirectory(), options.serverName(), options.motd(), false,
                options.maxClients(), 100, 4_096, 5, 10, Duration.ofSeconds(1), Duration.ofSeconds(2), 64,
                options.suites(), options.serializers()));
        bystanderEvents = new EventRecorder();
        bystander = TestServer.client(dir.resolve("bystander")).connect(server.address(), ServerTrust.acceptNew(),
                bystanderEvents);
        bystander.join("Bystander");
    }

    @AfterEach
    void stop() {
        bystander.close();
        server.close();
    }

    /** The bystander can still talk and hear itself. */
    private void assertBystanderUnharmed() throws Exception {
        String text = "still fine " + (++probe);
        bystander.say(text);
        bystanderEvents.await(MessagePosted.class, m -> m.message().text().equals(text));
    }

    private RawClient joined(String nick) throws Exception {
        RawClient raw = RawClient.handshake(server);
        raw.sendRecords(raw.seal(new Join(nick)));
        assertInstanceOf(Welcome.class, raw.receive());
        return raw;
    }

    @Test
    void aTamperedRecordClosesThatConnectionOnly() throws Exception {
        try (RawClient raw = joined("Mallory")) {
            byte[] record = raw.seal(new Say("hello", false));
            record[record.length / 2] ^= 0x01;
            raw.sendRecords(record);
            assertTrue(raw.closedByServer());
        }
        assertBystanderUnharmed();
    }

    @Test
    void aReplayedRecordClosesThatConnectionOnly() throws Exception {
        try (RawClient raw = joined("Mallory")) {
            byte[] record = raw.seal(new Say("pay me once", false));
            raw.sendRecords(record, record);
            assertTrue(raw.closedByServer());
        }
        assertBystanderUnharmed();
        long copies = bystanderEvents.events().stream()
                .filter(e -> e instanceof MessagePosted m && m.message().text().equals("pay me once")).count();
        assertTrue(copies <= 1, "a replay is never relayed");
    }

    @Test
    void reorderedRecordsCloseThatConnectionOnly() throws Exception {
        try (RawClient raw = joined("Mallory")) {
            byte[] first = raw.seal(new Say("first", false));
            byte[] second = raw.seal(new Say("second", false));
            raw.sendRecords(second, first);
            assertTrue(raw.closedByServer());
        }
        assertBystanderUnharmed();
    }

    @Test
    void garbageBeforeTheHandshakeIsRefusedWithAReason() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            byte[] garbage = "\0\u0010not a sotto hello".getBytes(StandardCharsets.US_ASCII);
            socket.getOutputStream().write(garbage, 0, 18);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.contains("SOTTO") && answer.contains("malformed_hello")
                    && answer.contains("not a Sotto"), answer);
        }
        assertBystanderUnharmed();
    }

    @Test
    void anHttpRequestIsCutWithoutWaitingForMore() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, socket.getInputStream().read(), "'GE' reads as a 18,245-byte frame: over the limit");
        }
        assertBystanderUnharmed();
    }

    @Test
    void anOversizedLengthIsRefusedBeforeBuffering() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(new byte[] {(byte) 0xff, (byte) 0xff});
            assertEquals(-1, socket.getInputStream().read(), "the server closes without waiting for the body");
        }
        assertBystanderUnharmed();
    }

    @Test
    void aStalledHandshakeIsCutAtTheTimeout() throws Exception {
        try (FrameConnection stalled = RawClient.connectOnly(server)) {
            stalled.setReceiveTimeout(Duration.ofSeconds(5));
            long start = System.nanoTime();
            assertThrowsOrNull(stalled);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "cut after the 1 s timeout");
        }
        assertBystanderUnharmed();
    }

    @Test
    void aClientThatNeverJoinsIsToldAndCut() throws Exception {
        try (RawClient raw = RawClient.handshake(server)) {
            Message notice = raw.receive();
            assertEquals(Notice.TIMEOUT, assertInstanceOf(Notice.class, notice).code());
            assertTrue(raw.closedByServer());
        }
        assertBystanderUnharmed();
    }

    @Test
    void aFloodIsThrottledThenCutWithoutDrowningOthers() throws Exception {
        try (RawClient raw = joined("Flooder")) {
            List<byte[]> flood = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                flood.add(raw.seal(new Say("spam " + i, false)));
            }
            raw.connection.send(flood);
            boolean warned = false;
            try {
                for (Message m = raw.receive(); m != null; m = raw.receive()) {
                    warned |= m instanceof Notice n && n.code().equals(Notice.RATE_LIMITED);
                }
            } catch (IOException e) {
                // closed by the server
            }
            assertTrue(warned, "the flooder was told to slow down");
        }
        long relayed = bystanderEvents.events().stream()
                .filter(e -> e instanceof MessagePosted m && m.message().nick().equals("Flooder")).count();
        assertTrue(relayed <= 20, "only about a burst of the flood was relayed, got " + relayed);
        assertBystanderUnharmed();
    }

    @Test
    void malformedMessagesAreAnsweredNotFatal() throws Exception {
        try (RawClient raw = joined("Clumsy")) {
            byte[] bad = raw.channel.seal("{\"type\":\"say\",\"text\":1,\"action\":false}".getBytes(StandardCharsets.UTF_8));
            raw.sendRecords(bad, raw.seal(new Say("after the mistake", false)));
            Message reply = raw.receive();
            while (!(reply instanceof Notice)) {
                reply = raw.receive(); // the presence of its own join comes first
            }
            Notice notice = (Notice) reply;
            assertEquals(Notice.MALFORMED, notice.code());
            assertTrue(notice.text().contains("text"), notice.text());
        }
        bystanderEvents.await(MessagePosted.class, m -> m.message().text().equals("after the mistake"));
    }

    @Test
    void tooLongAndControlCharacterMessagesAreRefusedWithReasons() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ChatSession talker = TestServer.client(dir.resolve("t")).connect(server.address(),
                ServerTrust.acceptNew(), events)) {
            talker.join("Talker");
            talker.say("y".repeat(101));
            talker.say("\u001b[2Jwiped");
            events.await(NoticeReceived.class, n -> n.notice().code().equals(Notice.MESSAGE_TOO_LONG));
            events.await(NoticeReceived.class, n -> n.notice().text().contains("control character"));
        }
        assertTrue(bystanderEvents.events().stream().noneMatch(e -> e instanceof MessagePosted m
                && m.message().nick().equals("Talker")));
    }

    private static void assertThrowsOrNull(FrameConnection connection) {
        try {
            assertNull(connection.receive());
        } catch (IOException e) {
            // reset by the server: also cut
        }
    }
}
