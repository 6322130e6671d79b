package io.sotto.ui.gui;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatSession;
import io.sotto.api.client.ConnectFailedException;
import io.sotto.api.client.JoinRefusedException;
import io.sotto.api.client.ServerIdentity;
import io.sotto.api.client.ServerKeyChangedException;
import io.sotto.api.client.ServerTrust;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.frontend.FrontEndContext;
import io.sotto.api.message.Presence;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Ties the window to one chat session: opens it through the connect dialog, shows its events,
 * sends what the user types, runs commands, switches themes. Lives on the JavaFX thread; every
 * network call goes to a virtual thread (sends through one ordered executor), so the window never
 * waits for the network.
 */
final class ChatController implements BuiltInCommands.Actions {
    private final FrontEndContext context;
    private final Runnable onExit;
    private final ThemeStore themes;
    private final Conversation conversation = new Conversation();
    private final ExecutorService network = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("sotto-gui-send").factory());
    private final AtomicBoolean quitting = new AtomicBoolean();
    private final CommandDispatcher commands;
    private final ChatWindow window;
    private final ConnectDialog dialog;
    private Theme theme;
    private ChatSession session;

    /**
     * @param mainStage the stage for the main window (not shown until joined)
     * @param onExit called once, from any thread, when the user has quit and the session is closed
     */
    ChatController(FrontEndContext context, Stage mainStage, Runnable onExit) {
        this.context = context;
        this.onExit = onExit;
        this.themes = new ThemeStore(context.stateDirectory());
        this.theme = themes.load();
        CommandDispatcher launcherCommands = context.commands();
        this.commands = launcherCommands.withBuiltIns(
                BuiltInCommands.notTaken(BuiltInCommands.all(this), launcherCommands.commands()));
        this.window = new ChatWindow(mainStage, conversation, theme, this::onInput, this::export, this::changeTheme);
        mainStage.setOnCloseRequest(e -> quit());
        this.dialog = new ConnectDialog(new Stage(), context.options(), theme, this::connect, this::quit);
    }

    /** Shows the connect dialog. */
    void start() {
        dialog.show();
    }

    ChatWindow window() {
        return window;
    }

    ConnectDialog dialog() {
        return dialog;
    }

    Conversation conversation() {
        return conversation;
    }

    Theme theme() {
        return theme;
    }

    /** The session once joined; null before. JavaFX thread. */
    ChatSession session() {
        return session;
    }

    private void connect(ConnectRequest request) {
        dialog.busy("Connecting to " + request.host() + ":" + request.port() + "…");
        window.status().show(StatusLine.Status.CONNECTING, request.host() + ":" + request.port());
        SessionEvents events = new SessionEvents(this::apply);
        ServerTrust trust = context.options().acceptNewServer()
                ? ServerTrust.acceptNew()
                : new FxTrust(dialog::stage, () -> theme);
        SessionOpener.open(context.client(), request, trust, events).whenComplete((opened, failure) ->
                Platform.runLater(() -> {
                    if (failure != null) {
                        events.detach();
                        connectFailed(SessionOpener.cause(failure));
                    } else if (quitting.get()) {
                        events.detach();
                        network.execute(opened.session()::close);
                    } else {
                        joined(opened, events);
                    }
                }));
    }

    private void connectFailed(Throwable failure) {
        if (quitting.get()) {
            return;
        }
        window.status().show(StatusLine.Status.DISCONNECTED, "");
        switch (failure) {
            case ServerKeyChangedException changed -> {
                dialog.showConnectFailure("Not connected: the server's key has changed (see the warning).");
                KeyChangedDialog.create(dialog.stage(), changed, theme).show();
            }
            case JoinRefusedException refused -> dialog.showNickRefused(refused.getMessage());
            case ConnectFailedException failed -> dialog.showConnectFailure(failed.getMessage());
            default -> dialog.showConnectFailure("Could not connect: " + failure);
        }
    }

    private void joined(SessionOpener.Opened opened, SessionEvents events) {
        session = opened.session();
        var welcome = opened.welcome();
        ServerIdentity server = session.server();
        String serverLabel = welcome.serverName().isBlank() ? server.address() : welcome.serverName();
        window.showServer(serverLabel, server.address() + "  ·  " + server.fingerprint());
        window.showTitle(welcome.nick(), serverLabel);
        if (!welcome.motd().isBlank()) {
            conversation.system(welcome.motd());
        }
        conversation.system("You joined as " + welcome.nick() + ". Type /help for the commands.");
        window.status().show(StatusLine.Status.CONNECTED, server.address() + " as " + welcome.nick());
        refreshOnline();
        window.stage().show(); // Before the dialog closes, so a window is always open.
        dialog.close();
        window.input().focus();
        events.attach();
    }

    /** One session event, on the JavaFX thread. */
    private void apply(ChatEvent event) {
        if (!(event instanceof ChatEvent.PresenceChanged p && isOwnJoin(p))) {
            conversation.add(EventLines.lineFor(event, session.nick()));
        }
        switch (event) {
            case ChatEvent.PresenceChanged p -> {
                refreshOnline();
                window.showTitle(session.nick(), window.serverName().getText());
            }
            case ChatEvent.ConnectionChanged c -> {
                window.status().show(StatusLine.Status.of(c.state()), c.detail());
                refreshOnline();
            }
            default -> { }
        }
    }

    /** The user's own arrival, already said by "You joined as ...". */
    private boolean isOwnJoin(ChatEvent.PresenceChanged p) {
        return p.presence().kind() == Presence.Kind.JOINED && p.presence().nick().equals(session.nick());
    }

    private void refreshOnline() {
        window.online().show(session.online(), session.onlineCount(), session.nick());
    }

    private void onInput(String text) {
        Typed typed = Typed.of(text);
        if (typed.command()) {
            dispatch(typed.text());
        } else if (session != null) {
            ChatSession current = session;
            network.execute(() -> current.say(typed.text()));
        }
    }

    private void export() {
        dispatch("/export");
    }

    /** Runs a command on the dispatcher's worker thread; its lines appear in the conversation. */
    private void dispatch(String line) {
        commands.dispatch(line, session, out -> Platform.runLater(() -> conversation.system(out)));
    }

    private void changeTheme(Theme chosen) {
        theme = chosen;
        window.setTheme(chosen);
        dialog.setTheme(chosen);
        try {
            themes.save(chosen);
        } catch (IOException e) {
            conversation.error("The theme is used now but could not be remembered in " + themes.file() + ": " + e);
        }
    }

    // Built-in commands (called from the dispatcher's worker thread).

    @Override
    public void clearConversation() {
        Platform.runLater(conversation::clear);
    }

    @Override
    public void act(String text) {
        ChatSession current = session;
        if (current != null) {
            network.execute(() -> current.act(text));
        }
    }

    @Override
    public void rename(String nick) {
        ChatSession current = session;
        if (current != null) {
            network.execute(() -> current.rename(nick));
        }
    }

    /** Closes the windows, then the session off the JavaFX thread, then tells the front-end. Idempotent. */
    @Override
    public void quit() {
        if (!quitting.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            ChatSession current = session;
            window.stage().close();
            dialog.close();
            network.execute(() -> {
                try {
                    if (current != null) {
                        current.close();
                    }
                } finally {
                    onExit.run();
                }
            });
            network.shutdown();
        });
    }

    /** For tests: the built-in command names now known to the dispatcher. */
    List<String> commandNames() {
        return commands.commands().stream().map(c -> c.name()).toList();
    }
}
