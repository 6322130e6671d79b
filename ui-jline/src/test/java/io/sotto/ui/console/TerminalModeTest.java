package io.sotto.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatSession;
import io.sotto.api.command.Command;
import io.sotto.api.message.Notice;
import io.sotto.api.message.Posted;
import io.sotto.testsupport.EventRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console on a real JLine terminal (xterm-256color over memory streams) against a real server. */
class TerminalModeTest {
    private static final List<Command> PLUGINS = List.of(new EchoCommand("help"), new EchoCommand("echo"));

    @TempDir
    Path dir;
    private TestServer server;
    private Rig rig;
    private ChatSession bob;
    private final EventRecorder bobSees = new EventRecorder();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
        if (bob != null) {
            bob.close();
        }
        server.close();
    }

    private void joinBob() throws Exception {
        bob = server.join(dir.resolve("bob"), "Bob", bobSees);
    }

    /** Ada on a terminal with server and nick given, trusting the server without asking. */
    private Rig ada() throws Exception {
        rig = Rig.terminal(dir.resolve("ada"), Rig.options(server.address(), "Ada", true), PLUGINS);
        rig.out.awaitText("online] > ");
        return rig;
    }

    @Test
    void asksForServerNickAndTrustThenShowsThePrompt() throws Exception {
        rig = Rig.terminal(dir.resolve("ada"), Rig.options(null, null, false), PLUGINS);
        rig.out.awaitText(SessionStarter.SERVER_QUESTION);
        rig.type(server.address() + "\r");
        rig.out.awaitText("Trust it and remember? [yes/no]");
        assertTrue(rig.out.text().matches("(?s).*The server at 127\\.0\\.0\\.1:\\d+ presents key SHA256:\\S+ \\(\\w+\\)\\. .*"),
                rig.out.text());
        rig.type("yes\r");
        rig.out.awaitText(SessionStarter.NICK_QUESTION);
        rig.type("Ada\r");
        rig.out.awaitText("[Ada \u00B7 1 online] > ");
        assertTrue(rig.out.text().contains("connected to Test Server"));
        assertTrue(Files.readString(dir.resolve("ada/known_servers")).contains(server.address()));

        rig.type("/quit\r");
        assertEquals(0, rig.exitCode());
    }

    @Test
    void answeringNoToTheTrustQuestionDoesNotConnect() throws Exception {
        rig = Rig.terminal(dir.resolve("ada"), Rig.options(server.address(), "Ada", false), PLUGINS);
        rig.out.awaitText("[yes/no]");
        rig.type("nope\r");
        rig.out.awaitText(TrustPrompt.ASK_AGAIN.strip());
        rig.type("no\r");
        assertEquals(ExitCodes.FAILED, rig.exitCode());
        assertTrue(rig.err.text().contains("not trusted"), rig.err.text());
        assertFalse(Files.exists(dir.resolve("ada/known_servers")));
    }

    @Test
    void aRefusedNickShowsTheReasonAndAsksAgain() throws Exception {
        joinBob();
        rig = Rig.terminal(dir.resolve("ada"), Rig.options(server.address(), "bob", true), PLUGINS);
        rig.out.awaitText("nickname refused: ");
        rig.out.awaitText(SessionStarter.NICK_QUESTION);
        assertTrue(rig.out.text().toLowerCase().contains("taken"), rig.out.text());
        rig.type("Ada\r");
        rig.out.awaitText("[Ada \u00B7 2 online] > ");
    }

    @Test
    void nicksHaveTheirStableColourAndMentionsStandOut() throws Exception {
        ada();
        joinBob();
        bob.say("hello ada, how are you?");
        rig.out.awaitText("<Bob> hello ada, how are you?");
        int bobColour = NickColours.forColours(256).colourOf("Bob");
        String raw = rig.out.raw();
        assertTrue(raw.contains("38;5;" + bobColour + "m"), "Bob's colour " + bobColour + " in " + raw.replace("\u001B", "<ESC>"));
        assertTrue(raw.contains("\u001B["), "escape sequences present");
        assertTrue(raw.matches("(?s).*\u001B\\[[0-9;]*7[0-9;]*mhello ada, how are you\\?.*"),
                "the mention is shown in reverse video: " + raw.replace("\u001B", "<ESC>"));
    }

    @Test
    void tabCompletesCommandNamesAndNicknames() throws Exception {
        ada();
        joinBob();
        rig.out.awaitText("[Ada \u00B7 2 online] > ");
        rig.type("/he\t");
        rig.out.awaitText("/help ");
        rig.type("there\r");
        rig.out.awaitText("help ran with [there]");

        rig.type("hi Bo\t");
        rig.out.awaitText("hi Bob ");
        rig.type("!\r");
        bobSees.awaitMessage("Ada", "hi Bob !");
    }

    @Test
    void aMessageArrivingWhileTypingKeepsThePartialInput() throws Exception {
        ada();
        joinBob();
        rig.out.awaitText("[Ada \u00B7 2 online] > ");
        rig.type("hello wor");
        rig.out.awaitText("> hello wor");
        bob.say("interrupting you");
        String seen = rig.out.await(raw -> {
            String text = Output.strip(raw);
            int at = text.lastIndexOf("<Bob> interrupting you");
            return at >= 0 && text.indexOf("> hello wor", at) > at;
        }, "Bob's line above, the partial input redrawn below it");
        assertTrue(seen.contains("interrupting you"));
        rig.type("ld\r");
        bobSees.awaitMessage("Ada", "hello world");
    }

    @Test
    void commandsGoToTheDispatcherAndPlainTextToTheRoom() throws Exception {
        ada();
        joinBob();
        rig.type("/echo one two\r");
        rig.out.awaitText("echo ran with [one two]");

        rig.type("/frobnicate\r");
        // Wait for the whole line: the terminal may receive it in more than one write.
        rig.out.awaitText("unknown command '/frobnicate'. Type /help for the list of commands.");

        rig.type("//shrug not a command\r");
        bobSees.awaitMessage("Ada", "/shrug not a command");

        rig.type("/me waves\r");
        bobSees.await(ChatEvent.MessagePosted.class, m -> m.message().action() && m.message().text().equals("waves"));
        rig.out.awaitText("* Ada waves");

        rig.type("/who\r");
        rig.out.awaitText("2 online: Ada, Bob");

        rig.type("/nick Bob\r");
        rig.out.awaitText("!! nickname not changed: ");

        rig.type("/nick Ada2\r");
        rig.out.awaitText("Ada is now known as Ada2");
        rig.out.awaitText("[Ada2 \u00B7 2 online] > ");

        rig.type("/clear\r");
        rig.out.await(raw -> raw.contains("\u001B[H\u001B[2J") || raw.contains("\u001B[2J"), "clear screen");

        rig.type("/quit\r");
        assertEquals(0, rig.exitCode());
        bobSees.await(ChatEvent.PresenceChanged.class, p -> p.presence().nick().equals("Ada2")
                && p.presence().kind() == io.sotto.api.message.Presence.Kind.LEFT);
    }

    @Test
    void theRealServerRefusesControlCharactersInMessages() throws Exception {
        ada();
        joinBob();
        bob.say("evil\u001B[2J text");
        bobSees.await(ChatEvent.NoticeReceived.class, n -> n.notice().text().contains("control character"));
        bob.say("clean");
        rig.out.awaitText("<Bob> clean");
        assertFalse(rig.out.raw().contains("evil"));
    }

    @Test
    void controlCharactersFromAHostileServerAreNeutralized() throws Exception {
        HostileServer hostile = new HostileServer();
        rig = Rig.terminal(dir.resolve("ada"), Rig.options("evil:1", "Ada", true), PLUGINS, hostile);
        rig.out.awaitText("online] > ");
        hostile.send(new ChatEvent.MessagePosted(new Posted(1, Instant.now(), "Mal\u001B[1Alory",
                "evil\u001B[2J\u001B]0;pwned\u0007\u009B31m done\r\nsecond\u202Eline", false)));
        hostile.send(new ChatEvent.NoticeReceived(new Notice(Notice.INFO, "notice\u001B[5n"), Instant.now()));
        rig.out.awaitText("notice\u241B[5n");
        String raw = rig.out.raw();
        String shown = raw.replace("\u001B", "<ESC>");
        assertFalse(raw.contains("\u001B[2J"), shown);
        assertFalse(raw.contains("\u001B]0;"), shown);
        assertFalse(raw.contains("\u001B[1A"), shown);
        assertFalse(raw.contains("\u001B[5n"), shown);
        assertFalse(raw.contains("\u009B"), shown);
        assertFalse(raw.contains("\u202E"), shown);
        assertTrue(raw.contains("evil\u241B[2J\u241B]0;pwned\u2407\uFFFD31m done"), shown);
        assertTrue(raw.contains("Mal\u241B[1Alory"), shown);
        assertTrue(Output.strip(raw).contains("\n" + " ".repeat("12:00 <Mal\u241B[1Alory> ".length()) + "second\uFFFDline"),
                "a second line of a message is indented under the first: " + shown);
        assertFalse(Output.strip(raw).contains("Evil\u001B"), shown);
    }

    @Test
    void unicodeGoesBothWays() throws Exception {
        ada();
        joinBob();
        rig.type("héllo wörld ✓ 日本\r");
        bobSees.awaitMessage("Ada", "héllo wörld ✓ 日本");
        bob.say("ça va 🙂");
        rig.out.awaitText("<Bob> ça va 🙂");
    }

    @Test
    void endOfInputQuitsCleanly() throws Exception {
        ada();
        rig.type("\u0004"); // Ctrl-D on an empty line
        assertEquals(0, rig.exitCode());
    }

    @Test
    void aConnectionLostForGoodIsShownAndEndsWithAFailure() throws Exception {
        ada();
        server.close();
        rig.out.awaitText("!! ");
        assertEquals(ExitCodes.FAILED, rig.exitCode());
    }
}
