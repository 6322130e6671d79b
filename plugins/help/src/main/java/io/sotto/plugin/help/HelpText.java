package io.sotto.plugin.help;

import io.sotto.api.command.CommandInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines {@code /help} prints, kept apart from the command so they are easy to test. */
final class HelpText {
    private HelpText() {}

    /** A heading, then one line per command: its name padded to a column, then its summary. */
    static List<String> overview(List<CommandInfo> commands) {
        if (commands.isEmpty()) {
            return List.of("No commands are available.");
        }
        int width = commands.stream().mapToInt(info -> info.name().length() + 1).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("Commands (type /help COMMAND for details):");
        for (CommandInfo info : commands) {
            String name = "/" + info.name();
            lines.add("  " + name + " ".repeat(width - name.length() + 2) + summary(info.description()));
        }
        return lines;
    }

    /** Usage, description, aliases and origin of one command. */
    static List<String> details(CommandInfo info) {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: " + info.usage());
        info.description().lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> lines.add("  " + line));
        if (!info.aliases().isEmpty()) {
            lines.add("  Also: /" + String.join(", /", info.aliases()));
        }
        lines.add("  From: " + info.origin());
        return lines;
    }

    /** For a name that matches no command: says so, and suggests the closest one if any is close. */
    static String unknown(String wanted, Optional<String> closest) {
        return "There is no command /" + wanted + "."
                + closest.map(name -> " Did you mean /" + name + "?").orElse("")
                + " Type /help to see the commands.";
    }

    /** The first line of a description, so every command takes one line in the overview. */
    private static String summary(String description) {
        return description.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse("(no description)");
    }
}
