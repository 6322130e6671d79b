package io.sotto.plugin.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sotto.api.command.CommandInfo;
import io.sotto.testsupport.FakeCommandContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpCommandTest {
    private static final List<CommandInfo> COMMANDS = List.of(
            new CommandInfo("clear", List.of(), "/clear", "Clears the screen.", "built-in"),
            new CommandInfo("export", List.of("export_chat"), "/export [FILE] [--format txt|md|json]",
                    "Saves this session's conversation to a file.", "plugin sotto-export-chat (plugins/x.jar)"),
            new CommandInfo("help", List.of(), "/help [COMMAND]", "Lists the commands, or explains one.", "built-in"),
            new CommandInfo("roll", List.of("dice"), "/roll [SIDES]", "Rolls a die.\nSecond line of detail.",
                    "plugin dice-roller (plugins/roll.jar)"));

    private List<String> run(String... arguments) {
        return run(COMMANDS, arguments);
    }

    private List<String> run(List<CommandInfo> commands, String... arguments) {
        FakeCommandContext context = new FakeCommandContext(List.of(arguments), List.of(), commands, Path.of("state"));
        new HelpCommand().execute(context);
        return context.printed;
    }

    @Test
    void listsEveryCommandBuiltInOrPluginWithItsSummaryInOneAlignedColumn() {
        assertEquals(List.of(
                "Commands (type /help COMMAND for details):",
                "  /clear   Clears the screen.",
                "  /export  Saves this session's conversation to a file.",
                "  /help    Lists the commands, or explains one.",
                "  /roll    Rolls a die."), run());
    }

    @Test
    void explainsOneCommandFoundByNameOrAliasWithOrWithoutSlashInAnyCase() {
        List<String> expected = List.of(
                "Usage: /export [FILE] [--format txt|md|json]",
                "  Saves this session's conversation to a file.",
                "  Also: /export_chat",
                "  From: plugin sotto-export-chat (plugins/x.jar)");
        assertEquals(expected, run("export"));
        assertEquals(expected, run("/export"));
        assertEquals(expected, run("/EXPORT_CHAT"));
    }

    @Test
    void detailsShowTheWholeDescriptionAndTheOriginOfBuiltIns() {
        assertEquals(List.of("Usage: /roll [SIDES]", "  Rolls a die.", "  Second line of detail.", "  Also: /dice",
                "  From: plugin dice-roller (plugins/roll.jar)"), run("dice"));
        assertEquals(List.of("Usage: /clear", "  Clears the screen.", "  From: built-in"), run("clear"));
    }

    @Test
    void unknownCommandSaysSoAndSuggestsTheClosest() {
        assertEquals(List.of("There is no command /exprot. Did you mean /export? Type /help to see the commands."),
                run("exprot"));
        assertEquals(List.of("There is no command /ex. Did you mean /export? Type /help to see the commands."),
                run("/ex"));
        assertEquals(List.of("There is no command /dise. Did you mean /dice? Type /help to see the commands."),
                run("dise"));
    }

    @Test
    void unknownCommandWithNothingCloseGetsOnlyTheHint() {
        assertEquals(List.of("There is no command /zzzzzz. Type /help to see the commands."), run("zzzzzz"));
    }

    @Test
    void moreThanOneNameIsExplained() {
        assertEquals(List.of("/help: give one command name. Usage: /help [COMMAND]"), run("export", "roll"));
    }

    @Test
    void noCommandsAtAllIsSaid() {
        assertEquals(List.of("No commands are available."), run(List.of()));
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertEquals(0, Closest.distance("help", "help"));
        assertEquals(2, Closest.distance("exprot", "export"));
        assertEquals(3, Closest.distance("kitten", "sitting"));
        assertEquals(4, Closest.distance("", "help"));
    }
}
