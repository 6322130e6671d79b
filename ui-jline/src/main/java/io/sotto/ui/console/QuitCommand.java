package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** {@code /quit}: leaves the room and ends the client. */
final class QuitCommand implements Command {
    private final ConsoleActions actions;

    QuitCommand(ConsoleActions actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return "quit";
    }

    @Override
    public String description() {
        return "Leaves the room and quits";
    }

    @Override
    public String usage() {
        return "/quit";
    }

    @Override
    public void execute(CommandContext context) {
        actions.quit();
    }
}
