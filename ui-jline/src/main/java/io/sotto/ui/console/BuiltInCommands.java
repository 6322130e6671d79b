package io.sotto.ui.console;

import io.sotto.api.command.Command;
import java.util.List;

/** The console's own commands, registered with the dispatcher next to the plugins' commands. */
final class BuiltInCommands {
    private BuiltInCommands() {}

    static List<Command> all(ConsoleActions actions) {
        return List.of(new WhoCommand(), new MeCommand(actions), new NickCommand(actions), new ClearCommand(actions),
                new QuitCommand(actions));
    }
}
