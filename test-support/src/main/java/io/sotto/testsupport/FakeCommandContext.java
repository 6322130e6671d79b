package io.sotto.testsupport;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command context over fixed data, for testing a command without a session: the user is "ann",
 * alone online; what the command prints is kept in {@link #printed}; sending fails the test.
 */
public final class FakeCommandContext implements CommandContext {
    /** Every line the command printed, in order. */
    public final List<String> printed = new ArrayList<>();
    private final List<String> arguments;
    private final List<ChatEvent> history;
    private final List<CommandInfo> commands;
    private final Path stateDirectory;
    private List<String> online = List.of("ann");
    private int onlineCount = 1;

    public FakeCommandContext(List<String> arguments, List<ChatEvent> history, List<CommandInfo> commands,
            Path stateDirectory) {
        this.arguments = List.copyOf(arguments);
        this.history = List.copyOf(history);
        this.commands = List.copyOf(commands);
        this.stateDirectory = stateDirectory;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String argumentText() {
        return String.join(" ", arguments);
    }

    @Override
    public List<ChatEvent> history() {
        return history;
    }

    @Override
    public String nick() {
        return "ann";
    }

    @Override
    public List<String> online() {
        return online;
    }

    @Override
    public int onlineCount() {
        return onlineCount;
    }

    /** Makes the room hold {@code count} people, of whom the server named {@code names}. */
    public FakeCommandContext withOnline(List<String> names, int count) {
        this.online = List.copyOf(names);
        this.onlineCount = count;
        return this;
    }

    @Override
    public void send(String text) {
        throw new AssertionError("commands under test must not send: " + text);
    }

    @Override
    public void print(String text) {
        printed.add(text);
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
