package io.sotto.plugin.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpCommandTest {
    private static final List<CommandInfo> COMMANDS = List.of(
            new CommandInfo("export", List.of("export_chat"), "/export [FILE] [--format txt|md|json]",
                    "Saves this session's conversation to a file.", "plugin sotto-export-chat (plugins/x.jar)"),
            new CommandInfo("help", List.of(), "/help [COMMAND]", "Lists the commands, or explains one.", "built-in"));

    private List<String> run(String... arguments) {
        FakeContext context = new FakeContext(List.of(arguments), List.of(), COMMANDS, Path.of("state"));
        new HelpCommand().execute(context);
        return context.printed;
    }

    @Test
    void listsEveryCommandWithItsSummaryInColumns() {
        assertEquals(List.of(
                "Commands (type /help COMMAND for details):",
                "  /export  Saves this session's conversation to a file.",
                "  /help    Lists the commands, or explains one."), run());
    }

    @Test
    void explainsOneCommandFoundByNameOrAliasWithOrWithoutSlash() {
        List<String> expected = List.of(
                "Usage: /export [FILE] [--format txt|md|json]",
                "  Saves this session's conversation to a file.",
                "  Also: /export_chat",
                "  From: plugin sotto-export-chat (plugins/x.jar)");
        assertEquals(expected, run("export"));
        assertEquals(expected, run("/EXPORT_CHAT"));
    }

    @Test
    void unknownCommandGetsAHint() {
        assertEquals(List.of("There is no command /nope. Type /help to see the commands."), run("nope"));
    }
}
