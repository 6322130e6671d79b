package io.sotto.ui.console;

import io.sotto.api.client.ChatSession;
import io.sotto.api.command.CommandDispatcher;

/**
 * Reads the user's lines until they quit: a line starting with {@code /} is a command for the
 * dispatcher, {@code //text} posts {@code /text} literally, anything else is posted to the room.
 * A command is waited for (the dispatcher bounds it with its time limit) so that its output comes
 * before the next line is read, and {@code /quit} takes effect at once.
 */
final class InputLoop {
    private final LineSource input;
    private final ChatSession session;
    private final CommandDispatcher commands;
    private final Screen screen;
    private final EventFormatter formatter;
    private final Lifecycle lifecycle;
    private final OwnEchoes echoes;

    InputLoop(LineSource input, ChatSession session, CommandDispatcher commands, Screen screen,
            EventFormatter formatter, Lifecycle lifecycle, OwnEchoes echoes) {
        this.input = input;
        this.session = session;
        this.commands = commands;
        this.screen = screen;
        this.formatter = formatter;
        this.lifecycle = lifecycle;
        this.echoes = echoes;
    }

    /**
     * @return {@link ExitCodes#OK} when the user quit or input ended, {@link ExitCodes#FAILED}
     *     when the connection was lost for good
     */
    /** How long the end of piped input waits for the echoes of the last lines. */
    private static final java.time.Duration END_OF_INPUT_PATIENCE = java.time.Duration.ofSeconds(3);

    int run() {
        lifecycle.watch(input);
        while (lifecycle.lostReason() == null) {
            String line = input.next();
            if (lifecycle.lostReason() != null) {
                break;
            }
            if (line == null) {
                // End of input: let the server echo our last lines before we leave.
                echoes.awaitCaughtUp(END_OF_INPUT_PATIENCE);
            }
            if (line == null || handle(line)) {
                lifecycle.quit();
                session.close();
                return ExitCodes.OK;
            }
        }
        session.close();
        return ExitCodes.FAILED;
    }

    private void say(String text) {
        echoes.sent();
        session.say(text);
    }

    /** @return true when the user asked to quit */
    private boolean handle(String line) {
        if (line.isBlank()) {
            return false;
        }
        if (line.startsWith("//")) {
            say(line.substring(1));
        } else if (line.startsWith("/")) {
            commands.dispatch(line, session, text -> screen.show(formatter.local(text))).join();
        } else {
            say(line);
        }
        return lifecycle.quitting();
    }
}
