package io.sotto.core.command;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.client.ChatSession;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The {@link CommandContext} of one run: the parsed line, the session (if any), the output. */
final class Context implements CommandContext {
    private final CommandLine line;
    private final ChatSession session;
    private final Consumer<String> output;
    private final List<CommandInfo> commands;
    private final Path stateDirectory;

    Context(CommandLine line, ChatSession session, Consumer<String> output, List<CommandInfo> commands,
            Path stateDirectory) {
        this.line = line;
        this.session = session;
        this.output = output;
        this.commands = commands;
        this.stateDirectory = stateDirectory;
    }

    @Override
    public List<String> arguments() {
        return line.arguments();
    }

    @Override
    public String argumentText() {
        return line.argumentText();
    }

    @Override
    public List<ChatEvent> history() {
        return session == null ? List.of() : session.history();
    }

    @Override
    public String nick() {
        return session == null ? "" : session.nick();
    }

    @Override
    public List<String> online() {
        return session == null ? List.of() : session.online();
    }

    @Override
    public int onlineCount() {
        return session == null ? 0 : session.onlineCount();
    }

    @Override
    public void send(String text) {
        if (session == null) {
            output.accept("not connected; nothing was sent");
            return;
        }
        session.say(text);
    }

    @Override
    public void print(String text) {
        output.accept(text);
    }

    @Override
    public List<CommandInfo> commands() {
        return commands;
    }

    @Override
    public Path stateDirectory() {
        return stateDirectory;
    }
}
