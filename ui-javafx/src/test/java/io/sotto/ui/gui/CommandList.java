package io.sotto.ui.gui;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;

/** Stands in for the help plugin: prints every command the dispatcher knows. */
final class CommandList implements Command {
    @Override
    public String id() {
        return "help";
    }

    @Override
    public String description() {
        return "Lists the commands (test stand-in)";
    }

    @Override
    public String usage() {
        return "/help";
    }

    @Override
    public void execute(CommandContext context) {
        for (CommandInfo info : context.commands()) {
            context.print(info.usage() + " — " + info.description());
        }
    }
}
