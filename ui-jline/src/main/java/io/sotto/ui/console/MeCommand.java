package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** {@code /me waves}: posts an action, shown to everyone as {@code * Ada waves}. */
final class MeCommand implements Command {
    private final ConsoleActions actions;

    MeCommand(ConsoleActions actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return "me";
    }

    @Override
    public String description() {
        return "Posts an action, e.g. /me waves";
    }

    @Override
    public String usage() {
        return "/me ACTION";
    }

    @Override
    public void execute(CommandContext context) {
        String action = context.argumentText().strip();
        if (action.isEmpty()) {
            context.print("usage: " + usage());
            return;
        }
        actions.act(action);
    }
}
