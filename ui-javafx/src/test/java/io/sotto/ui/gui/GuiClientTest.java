package io.sotto.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.client.ChatEvent.MessagePosted;
import io.sotto.api.client.ChatSession;
import io.sotto.api.command.Command;
import io.sotto.api.frontend.ClientOptions;
import io.sotto.testsupport.EventRecorder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window as a user drives it (TestFX robot on headless Monocle), against a real server over
 * loopback TCP with Noise, and a second, programmatic client in the room.
 */
class GuiClientTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    private LocalServer server;
    private Path state;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void startServer() throws Exception {
        server = LocalServer.start(dir);
        state = dir.resolve("gui-state");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        FxToolkit.cleanupStages();
    }

    private TestContext context(Optional<String> nick, boolean acceptNew, List<Command> plugins) {
        return new TestContext(new ClientOptions(Optional.of(server.address()), nick, acceptNew, false),
                LocalServer.client(state, 0), LocalServer.commands(state, plugins), state, System.err);
    }

    /** Connect dialog prefilled with {@code nick}, new server accepted without asking; Connect clicked. */
    private Harness connected(String nick, List<Command> plugins) throws Exception {
        Harness gui = Harness.open(context(Optional.of(nick), true, plugins));
        robot.clickOn("#connectButton");
        Fx.await("the window shows after joining", () -> gui.window().stage().isShowing());
        return gui;
    }

    private static boolean visible(Label label) {
        return label.isVisible() && !label.getText().isBlank();
    }

    @Test
    void connectsThroughTheDialogTrustsTheServerAndTalksWithAnotherClient() throws Exception {
        EventRecorder bobSees = new EventRecorder();
        try (ChatSession bob = server.join(dir.resolve("bob"), "Bob", bobSees);
                Harness gui = Harness.open(context(Optional.empty(), false, List.of()))) {
            robot.clickOn("#nickField").write("Ada");
            robot.clickOn("#connectButton");

            Fx.await("the trust dialog", () -> robot.lookup("#trustButton").tryQuery().isPresent());
            String shown = Fx.call(() -> robot.lookup("#fingerprint").<TextField>query().getText());
            assertEquals(bob.server().fingerprint(), shown, "the trust dialog shows the server's fingerprint");
            robot.clickOn("#trustButton");

            Fx.await("the window shows after joining", () -> gui.window().stage().isShowing());
            assertFalse(Fx.call(() -> gui.controller.dialog().stage().isShowing()), "the dialog closed");
            assertEquals("Sotto — Ada @ " + LocalServer.NAME, Fx.call(() -> gui.window().stage().getTitle()));
            assertEquals(LocalServer.NAME, Fx.call(() -> gui.window().serverName().getText()));
            assertTrue(gui.transcript().contains(LocalServer.MOTD), "the motd is shown once");
            assertTrue(Files.readString(state.resolve("known_servers")).contains(shown), "the server is remembered");
            Fx.await("Online (2) with Ada and Bob", () -> gui.window().online().title().getText().equals("Online (2)")
                    && gui.window().online().list().getItems().equals(List.of("Ada", "Bob")));
            assertTrue(Fx.call(() -> gui.window().status().text()).startsWith("Connected"));

            bob.say("hello Ada 👋 — ça va?");
            Fx.await("Bob's message with a mention", () -> gui.controller.conversation().lines().stream()
                    .anyMatch(l -> l.nick().equals("Bob") && l.text().equals("hello Ada 👋 — ça va?") && l.mention()));

            robot.clickOn("#messageInput").write("hi Bob");
            robot.type(KeyCode.ENTER);
            MessagePosted received = bobSees.await(MessagePosted.class, m -> m.message().nick().equals("Ada"));
            assertEquals("hi Bob", received.message().text());
            Fx.await("own message marked", () -> gui.controller.conversation().lines().stream()
                    .anyMatch(l -> l.text().equals("hi Bob") && l.own()));
            assertEquals("", Fx.call(() -> gui.window().input().area().getText()), "the input is cleared");

            try (ChatSession carol = server.join(dir.resolve("carol"), "Carol", new EventRecorder())) {
                Fx.await("Online (3) after Carol joined", () -> gui.window().online().title().getText().equals("Online (3)")
                        && gui.window().online().list().getItems().contains("Carol"));
                assertTrue(gui.transcript().contains("Carol joined"));
            }
            Fx.await("Online (2) after Carol left", () -> gui.window().online().title().getText().equals("Online (2)")
                    && !gui.window().online().list().getItems().contains("Carol"));
            assertTrue(gui.transcript().contains("Carol left"));
        }
    }

    @Test
    void aTakenNicknameIsRefusedInTheDialogAndCanBeChanged() throws Exception {
        try (ChatSession bob = server.join(dir.resolve("bob"), "Bob", new EventRecorder());
                Harness gui = Harness.open(context(Optional.of("bob"), true, List.of()))) {
            robot.clickOn("#connectButton");
            Label nickError = robot.lookup("#nickError").query();
            Fx.await("the refusal under the nickname", () -> visible(nickError));
            assertTrue(Fx.call(nickError::getText).contains("taken"), Fx.call(nickError::getText));
            assertTrue(Fx.call(() -> gui.controller.dialog().stage().isShowing()), "the dialog stays open");
            assertFalse(Fx.call(() -> gui.window().stage().isShowing()));

            robot.doubleClickOn("#nickField").eraseText(3).write("Bea");
            assertFalse(Fx.call(() -> visible(nickError)), "editing clears the refusal");
            robot.clickOn("#connectButton");
            Fx.await("joined as Bea", () -> gui.window().stage().isShowing());
            assertEquals("Sotto — Bea @ " + LocalServer.NAME, Fx.call(() -> gui.window().stage().getTitle()));
        }
    }

    @Test
    void invalidFieldsAreShownInPlaceBeforeAnythingIsSent() throws Exception {
        try (Harness gui = Harness.open(context(Optional.empty(), true, List.of()))) {
            Fx.run(() -> {
                ((TextField) robot.lookup("#hostField").query()).setText("");
                ((TextField) robot.lookup("#portField").query()).setText("99999");
            });
            robot.clickOn("#connectButton");
            for (String id : List.of("#hostError", "#portError", "#nickError")) {
                Label error = robot.lookup(id).query();
                assertTrue(Fx.call(() -> visible(error)), id + " is shown");
            }
            assertTrue(Fx.call(() -> robot.lookup("#portError").<Label>query().getText()).contains("1 to 65535"));
            assertTrue(Fx.call(() -> robot.lookup("#portField").query().getStyleClass().contains("invalid")));
            assertEquals(StatusLine.Status.CONNECTING, Fx.call(() -> gui.window().status().status()));
            assertFalse(Files.exists(state.resolve("known_servers")), "nothing was sent");
        }
    }

    @Test
    void anUnreachableServerIsReportedInTheDialog() throws Exception {
        server.close();
        try (Harness gui = Harness.open(context(Optional.of("Ada"), true, List.of()))) {
            robot.clickOn("#connectButton");
            Label failure = robot.lookup("#connectFailure").query();
            Fx.await("the failure in the dialog", () -> visible(failure));
            assertFalse(Fx.call(failure::getText).isBlank());
            assertFalse(Fx.call(() -> robot.lookup("#connectButton").query().isDisabled()), "the user can retry");
        }
    }

    @Test
    void aChangedServerKeyIsRefusedWithAWarning() throws Exception {
        String keyType;
        try (ChatSession probe = server.join(dir.resolve("probe"), "Probe", new EventRecorder())) {
            keyType = probe.server().keyType();
        }
        Files.createDirectories(state);
        Files.writeString(state.resolve("known_servers"), server.address() + " " + keyType
                + " SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
        try (Harness gui = Harness.open(context(Optional.of("Ada"), true, List.of()))) {
            robot.clickOn("#connectButton");
            Fx.await("the key-changed warning", () -> robot.lookup("#keyChangedDetails").tryQuery().isPresent());
            String details = Fx.call(() -> robot.lookup("#keyChangedDetails")
                    .<javafx.scene.control.TextArea>query().getText());
            assertTrue(details.contains("HAS CHANGED"), details);
            assertTrue(Fx.call(() -> visible(robot.lookup("#connectFailure").query())));
            assertFalse(Fx.call(() -> gui.window().stage().isShowing()), "no connection");
        }
    }

    @Test
    void theThemeSwitchChangesTheStylesheetAndIsRememberedForTheNextWindow() throws Exception {
        try (Harness gui = connected("Ada", List.of())) {
            assertTrue(Fx.call(() -> gui.window().scene().getStylesheets().contains(Theme.NORD.stylesheet())),
                    "Nord by default");
            robot.clickOn("#themeChoice");
            robot.clickOn("Light");
            Fx.await("the Light stylesheet", () -> gui.window().scene().getStylesheets().contains(Theme.LIGHT.stylesheet())
                    && !gui.window().scene().getStylesheets().contains(Theme.NORD.stylesheet()));
        }
        assertTrue(Files.readString(state.resolve(ThemeStore.FILE_NAME)).contains("theme=light"));
        try (Harness next = Harness.open(context(Optional.of("Ada"), true, List.of()))) {
            assertEquals(Theme.LIGHT, Fx.call(next.controller::theme));
            assertTrue(Fx.call(() -> next.window().scene().getStylesheets().contains(Theme.LIGHT.stylesheet())));
            assertTrue(Fx.call(() -> next.controller.dialog().stage().getScene().getStylesheets()
                    .contains(Theme.LIGHT.stylesheet())), "the connect dialog is themed too");
            assertEquals(Theme.LIGHT, Fx.call(() -> next.window().options().themeChoice().getValue()));
        }
    }

    @Test
    void exportChatRunsTheExportCommandWhichWritesTheFile() throws Exception {
        try (ChatSession bob = server.join(dir.resolve("bob"), "Bob", new EventRecorder());
                Harness gui = connected("Ada", List.of(new FileExport()))) {
            bob.say("keep this for later ✍️");
            Fx.await("Bob's message", () -> gui.transcript().contains("keep this for later"));
            robot.clickOn("#exportButton");
            Path file = state.resolve("exports").resolve("chat.txt");
            Fx.await("the export's output line", () -> gui.transcript().contains("exported the chat to " + file));
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Bob: keep this for later ✍️"));
        }
    }

    @Test
    void exportWithoutThePluginShowsTheDispatchersAnswer() throws Exception {
        try (Harness gui = connected("Ada", List.of())) {
            robot.clickOn("#exportButton");
            Fx.await("unknown command", () -> gui.transcript().contains("unknown command '/export'"));
        }
    }

    @Test
    void commandsTypedInTheInputRunAndEscapedSlashesAreSentAsText() throws Exception {
        EventRecorder bobSees = new EventRecorder();
        try (ChatSession bob = server.join(dir.resolve("bob"), "Bob", bobSees);
                Harness gui = connected("Ada", List.of(new CommandList()))) {
            robot.clickOn("#messageInput").write("/help");
            robot.type(KeyCode.ENTER);
            Fx.await("/help lists the built-ins in the window", () -> gui.transcript().contains("/clear — ")
                    && gui.transcript().contains("/quit — ") && gui.transcript().contains("/help — "));

            Fx.run(() -> gui.window().input().area().setText("//shrug"));
            robot.clickOn("#sendButton");
            assertEquals("/shrug", bobSees.await(MessagePosted.class, m -> m.message().nick().equals("Ada"))
                    .message().text());

            Fx.run(() -> gui.window().input().area().setText("/me waves"));
            robot.clickOn("#sendButton");
            assertTrue(bobSees.await(MessagePosted.class, m -> m.message().action()).message().text().equals("waves"));

            Fx.run(() -> gui.window().input().area().setText("/nick Ada2"));
            robot.clickOn("#sendButton");
            Fx.await("renamed in the title", () -> gui.window().stage().getTitle().startsWith("Sotto — Ada2 @"));

            Fx.run(() -> gui.window().input().area().setText("/clear"));
            robot.clickOn("#sendButton");
            Fx.await("the conversation is cleared", () -> gui.controller.conversation().lines().isEmpty());
        }
    }

    @Test
    void theStatusLineShowsWhenTheServerGoesAway() throws Exception {
        try (Harness gui = connected("Ada", List.of())) {
            server.close();
            Fx.await("Disconnected in the status line",
                    () -> gui.window().status().status() == StatusLine.Status.DISCONNECTED
                            && gui.window().status().text().startsWith("Disconnected"));
            assertTrue(gui.controller.conversation().lines().stream().anyMatch(l -> l.kind() == ChatLine.Kind.ERROR));
        }
    }

    @Test
    void runOpensTheDialogAndReturnsZeroAfterQuit() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TestContext context = new TestContext(new ClientOptions(Optional.of(server.address()), Optional.of("Ada"),
                true, false), LocalServer.client(state, 0), LocalServer.commands(state, List.of()), state,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                exit.complete(new GuiFrontEnd().run(context));
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        });
        Fx.await("the connect dialog", () -> robot.lookup("#connectButton").tryQuery().isPresent());
        robot.clickOn("#connectButton");
        Fx.await("the chat window", () -> robot.lookup("#messageInput").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#messageInput").write("/quit");
        robot.type(KeyCode.ENTER);
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
