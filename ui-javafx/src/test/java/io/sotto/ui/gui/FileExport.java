package io.sotto.ui.gui;

import io.sotto.api.client.ChatEvent;
import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Stands in for the export-chat plugin: writes the messages seen to a file and says where. */
final class FileExport implements Command {
    @Override
    public String id() {
        return "export";
    }

    @Override
    public String description() {
        return "Writes the conversation to a file (test stand-in)";
    }

    @Override
    public String usage() {
        return "/export";
    }

    @Override
    public void execute(CommandContext context) throws Exception {
        String text = context.history().stream()
                .filter(ChatEvent.MessagePosted.class::isInstance)
                .map(e -> ((ChatEvent.MessagePosted) e).message())
                .map(m -> m.nick() + ": " + m.text())
                .collect(Collectors.joining("\n", "", "\n"));
        Path file = context.stateDirectory().resolve("exports").resolve("chat.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        context.print("exported the chat to " + file);
    }
}
