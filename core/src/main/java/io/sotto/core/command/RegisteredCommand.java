package io.sotto.core.command;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandInfo;

/** A command and where it came from ({@code built-in}, a module, a plugin jar). */
record RegisteredCommand(Command command, String origin) {
    CommandInfo info() {
        return new CommandInfo(command.id(), command.aliases(), command.usage(), command.description(), origin);
    }
}
