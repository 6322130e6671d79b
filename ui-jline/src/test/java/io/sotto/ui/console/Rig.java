package io.sotto.ui.console;

import io.sotto.api.client.ChatClient;
import io.sotto.api.command.Command;
import io.sotto.api.frontend.ClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * One console front-end running on its own thread against a real server: a keyboard for its
 * input, buffers for its output and errors, and its exit code once it ends. In terminal mode it
 * runs on a JLine xterm-256color terminal over those streams; in plain mode on the bare streams.
 */
final class Rig implements AutoCloseable {
    final Keyboard keyboard = new Keyboard();
    final Output out = new Output();
    final Output err = new Output();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private Rig() {}

    static Rig terminal(Path state, ClientOptions options, List<Command> commands) {
        return terminal(state, options, commands, TestServer.client(state));
    }

    static Rig terminal(Path state, ClientOptions options, List<Command> commands, ChatClient client) {
        Rig rig = new Rig();
        rig.start(state, options, commands, client, context -> TerminalBuilder.builder()
                .system(false)
                .streams(rig.keyboard, rig.out)
                .type("xterm-256color")
                .encoding(StandardCharsets.UTF_8)
                .size(new org.jline.terminal.Size(120, 40))
                .build());
        return rig;
    }

    static Rig plain(Path state, ClientOptions options, List<Command> commands) {
        Rig rig = new Rig();
        rig.start(state, options, commands, TestServer.client(state), context -> (Terminal) null);
        return rig;
    }

    static ClientOptions options(String server, String nick, boolean acceptNew) {
        return new ClientOptions(Optional.ofNullable(server), Optional.ofNullable(nick), acceptNew, false);
    }

    private void start(Path state, ClientOptions options, List<Command> commands, ChatClient client,
            TerminalOpener opener) {
        TestContext context = new TestContext(options, client, TestServer.dispatcher(state, commands),
                state, keyboard, out.printStream(), err.printStream());
        Thread.ofPlatform().name("console-under-test").daemon().start(() -> {
            try {
                exit.complete(new ConsoleFrontEnd(opener).run(context));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        });
    }

    void type(String text) {
        keyboard.type(text);
    }

    /** Waits for the front-end to end and returns its exit code. */
    int exitCode() throws Exception {
        try {
            return exit.get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the front-end did not end; output:\n" + out.text() + "\nerrors:\n" + err.text());
        }
    }

    boolean ended() {
        return exit.isDone();
    }

    @Override
    public void close() {
        keyboard.close();
    }
}
