package io.sotto.core.registry;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** A ServiceLoader provider declared in the test resources' META-INF/services. */
public final class EchoCommand implements Command {
    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String description() {
        return "Prints its arguments.";
    }

    @Override
    public String usage() {
        return "/echo TEXT";
    }

    @Override
    public void execute(CommandContext context) {
        context.print(context.argumentText());
    }
}
