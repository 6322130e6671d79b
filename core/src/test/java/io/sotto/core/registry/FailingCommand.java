package io.sotto.core.registry;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** A provider that cannot be created: discovery must report it and carry on. */
public final class FailingCommand implements Command {
    public FailingCommand() {
        throw new IllegalStateException("this provider always fails");
    }

    @Override
    public String id() {
        return "failing";
    }

    @Override
    public String description() {
        return "Never created.";
    }

    @Override
    public String usage() {
        return "/failing";
    }

    @Override
    public void execute(CommandContext context) {}
}
