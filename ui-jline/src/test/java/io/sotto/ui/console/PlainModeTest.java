package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatSession;
import io.sotto.api.message.Presence;
import io.sotto.testsupport.EventRecorder;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console without a terminal (stdin piped, stdout redirected), as scripts use it. */
class PlainModeTest {
    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void atEndOfInputAPipedClientWaitsForTheEchoOfItsOwnLastLines() throws Exception {
        Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", true), List.of());
        ada.out.awaitText("connected to Test Server");
        ada.type("one\ntwo\nthree\n");
        ada.keyboard.close();
        assertEquals(0, ada.exitCode());
        assertTrue(ada.out.raw().matches("(?s).*<Ada> one\n.*<Ada> two\n.*<Ada> three\n.*"), ada.out.raw());
    }

    @Test
    void twoPipedClientsTalkLineByLineAndEndCleanlyAtEndOfInput() throws Exception {
        try (Rig bob = Rig.plain(dir.resolve("bob"), Rig.options(server.address(), "Bob", true), List.of())) {
            bob.out.awaitText("connected to Test Server");
            Rig ada = Rig.plain(dir.resolve("ada"), Rig.options("tcp://" + server.address(), "Ada", true), List.of());
            ada.out.awaitText("--> Ada joined (2 online)");
            bob.out.awaitText("--> Ada joined (2 online)");

            ada.type("hello from ada\nsecond message\n/me waves\n//slash\n");
            bob.out.awaitText("<Ada> slash".replace("slash", "/slash"));
            ada.keyboard.close();
            assertEquals(0, ada.exitCode());
            bob.out.awaitText("<-- Ada left (1 online)");

            String bobSaw = bob.out.raw();
            assertTrue(bobSaw.matches("(?s).*\\d\\d:\\d\\d <Ada> hello from ada\n\\d\\d:\\d\\d <Ada> second message\n"
                    + "\\d\\d:\\d\\d \\* Ada waves\n\\d\\d:\\d\\d <Ada> /slash\n.*"), bobSaw);
            assertFalse(bobSaw.contains("\u001B"), "no escape sequences in plain mode");
            assertFalse(ada.out.raw().contains("\u001B"), "no escape sequences in plain mode");
            assertFalse(bobSaw.contains("] > "), "no prompt in plain mode");
            assertEquals("", ada.err.raw());

            bob.keyboard.close();
            assertEquals(0, bob.exitCode());
        }
    }

    @Test
    void commandOutputIsPrintedInOrder() throws Exception {
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", true),
                List.of(new EchoCommand("echo")))) {
            ada.type("/who\n/echo a b\n/nope\n");
            ada.out.awaitText("unknown command '/nope'");
            String out = ada.out.text();
            assertTrue(out.indexOf("1 online: Ada") < out.indexOf("echo ran with [a b]"), out);
            ada.type("/quit\n");
            assertEquals(0, ada.exitCode());
        }
    }

    @Test
    void aMissingNickIsAnErrorNotAQuestion() throws Exception {
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), null, true), List.of())) {
            assertEquals(ExitCodes.CANNOT_ASK, ada.exitCode());
            String err = ada.err.text();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("--nick"), err);
            assertFalse(ada.out.text().contains(SessionStarter.NICK_QUESTION));
        }
    }

    @Test
    void anUnknownServerIsNotTrustedWithoutATerminal() throws Exception {
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", false), List.of())) {
            assertEquals(ExitCodes.CANNOT_ASK, ada.exitCode());
            String err = ada.err.text();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("--accept-new-server") && err.contains("SHA256:"), err);
        }
    }

    @Test
    void anUnreachableServerIsOneLineAndExitCodeOne() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options("127.0.0.1:" + freePort, "Ada", true), List.of())) {
            assertEquals(ExitCodes.FAILED, ada.exitCode());
            String err = ada.err.text();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("sotto: cannot connect"), err);
            assertFalse(err.contains("\tat "), "no stack trace without --debug");
        }
    }

    @Test
    void aChangedServerKeyIsALoudWarningAndExitCodeThree() throws Exception {
        EventRecorder recorder = new EventRecorder();
        ChatSession probe = server.join(dir.resolve("probe"), "Probe", recorder);
        String keyType = probe.server().keyType();
        probe.close();
        Path state = dir.resolve("ada");
        Files.createDirectories(state);
        Files.writeString(state.resolve("known_servers"), server.address() + " " + keyType
                + " SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
        try (Rig ada = Rig.plain(state, Rig.options(server.address(), "Ada", true), List.of())) {
            assertEquals(ExitCodes.SERVER_KEY_CHANGED, ada.exitCode());
            String err = ada.err.text();
            assertTrue(err.contains("HAS CHANGED") && err.lines().count() > 2, err);
            assertFalse(err.contains("\tat "), "no stack trace without --debug");
        }
    }

    @Test
    void aRefusedNickIsAnErrorWithTheReason() throws Exception {
        EventRecorder recorder = new EventRecorder();
        ChatSession bob = server.join(dir.resolve("bob"), "Bob", recorder);
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "BOB", true), List.of())) {
            assertEquals(ExitCodes.FAILED, ada.exitCode());
            assertTrue(ada.err.text().startsWith("sotto: nickname refused: "), ada.err.text());
        } finally {
            bob.close();
        }
    }

    @Test
    void aConnectionLostForGoodEndsWithExitCodeOne() throws Exception {
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", true), List.of())) {
            ada.out.awaitText("--> Ada joined");
            server.close();
            assertEquals(ExitCodes.FAILED, ada.exitCode());
            assertTrue(ada.out.text().contains("!! "), ada.out.text());
            assertTrue(ada.err.text().startsWith("sotto: connection closed"), ada.err.text());
        }
    }

    @Test
    void theBannerComesBeforeTheRoomsFirstLines() throws Exception {
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", true), List.of())) {
            String text = Output.strip(ada.out.awaitText("--> Ada joined (1 online)"));
            int banner = text.indexOf("connected to Test Server");
            assertTrue(banner >= 0 && banner < text.indexOf("--> Ada joined"), text);
        }
    }

    @Test
    void presenceAndRenamesAreMarked() throws Exception {
        EventRecorder recorder = new EventRecorder();
        try (Rig ada = Rig.plain(dir.resolve("ada"), Rig.options(server.address(), "Ada", true), List.of())) {
            ada.out.awaitText("--> Ada joined (1 online)");
            ChatSession bob = server.join(dir.resolve("bob"), "Bob", recorder);
            ada.out.awaitText("--> Bob joined (2 online)");
            bob.rename("Robert");
            ada.out.awaitText("--- Bob is now known as Robert");
            // Bob's own copy of the rename may still be on its way when Ada has printed hers:
            // wait for it before Bob hangs up.
            recorder.await(ChatEvent.PresenceChanged.class, p -> p.presence().kind() == Presence.Kind.RENAMED);
            bob.close();
            ada.out.awaitText("<-- Robert left (1 online)");
        }
    }
}
