package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/**
 * {@code /nick NAME}: asks the server for a new nickname. The server applies the same rules as
 * when joining; its answer (the rename, or the reason it refused) arrives as an event.
 */
final class NickCommand implements Command {
    private final ConsoleActions actions;

    NickCommand(ConsoleActions actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return "nick";
    }

    @Override
    public String description() {
        return "Changes your nickname";
    }

    @Override
    public String usage() {
        return "/nick NAME";
    }

    @Override
    public void execute(CommandContext context) {
        if (context.arguments().size() != 1) {
            context.print("usage: " + usage());
            return;
        }
        actions.rename(context.arguments().getFirst());
    }
}
