package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** {@code /clear}: clears the screen (the conversation stays in history for /export). */
final class ClearCommand implements Command {
    private final ConsoleActions actions;

    ClearCommand(ConsoleActions actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return "clear";
    }

    @Override
    public String description() {
        return "Clears the screen";
    }

    @Override
    public String usage() {
        return "/clear";
    }

    @Override
    public void execute(CommandContext context) {
        actions.clearScreen();
    }
}
