package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;

/** A plugin command for tests: prints what it was given, so a test sees it ran. */
final class EchoCommand implements Command {
    private final String id;

    EchoCommand(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "test command " + id;
    }

    @Override
    public String usage() {
        return "/" + id + " [TEXT]";
    }

    @Override
    public void execute(CommandContext context) {
        context.print(id + " ran with [" + context.argumentText() + "]");
    }
}
