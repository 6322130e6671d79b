package io.sotto.core.registry;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command context that records what the command printed. */
final class RecordingContext implements CommandContext {
    final List<String> printed = new ArrayList<>();
    private final String argumentText;

    RecordingContext(String argumentText) {
        this.argumentText = argumentText;
    }

    @Override
    public List<String> arguments() {
        return argumentText.isEmpty() ? List.of() : List.of(argumentText.split(" "));
    }

    @Override
    public String argumentText() {
        return argumentText;
    }

    @Override
    public List<ChatEvent> history() {
        return List.of();
    }

    @Override
    public String nick() {
        return "tester";
    }

    @Override
    public List<String> online() {
        return List.of("tester");
    }

    @Override
    public void send(String text) {
        throw new UnsupportedOperationException("not connected");
    }

    @Override
    public void print(String text) {
        printed.add(text);
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of();
    }

    @Override
    public Path stateDirectory() {
        return Path.of("unused");
    }
}
