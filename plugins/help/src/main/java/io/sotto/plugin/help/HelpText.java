package io.sotto.plugin.help;

import io.sotto.api.command.CommandInfo;
import java.util.ArrayList;
import java.util.List;

/** The lines {@code /help} prints, kept apart from the command so they are easy to test. */
final class HelpText {
    private HelpText() {}

    /** One line per command: its name padded to a column, then its description. */
    static List<String> overview(List<CommandInfo> commands) {
        if (commands.isEmpty()) {
            return List.of("No commands are available.");
        }
        int width = commands.stream().mapToInt(info -> info.name().length()).max().orElse(0) + 1;
        List<String> lines = new ArrayList<>();
        lines.add("Commands (type /help COMMAND for details):");
        for (CommandInfo info : commands) {
            String name = "/" + info.name();
            lines.add("  " + name + " ".repeat(width - name.length() + 2) + info.description());
        }
        return lines;
    }

    /** Usage, description, aliases and origin of one command. */
    static List<String> details(CommandInfo info) {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: " + info.usage());
        lines.add("  " + info.description());
        if (!info.aliases().isEmpty()) {
            lines.add("  Also: /" + String.join(", /", info.aliases()));
        }
        lines.add("  From: " + info.origin());
        return lines;
    }
}
