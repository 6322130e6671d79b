package io.sotto.plugin.help;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code /help} lists every command available right now (built in or from any plugin) with a
 * one-line summary; {@code /help NAME} explains one, found by name or alias, with or without the
 * slash.
 */
@Extension
public final class HelpCommand implements Command {

    @Override
    public String id() {
        return "help";
    }

    @Override
    public String description() {
        return "Lists the commands, or explains one.";
    }

    @Override
    public String usage() {
        return "/help [COMMAND]";
    }

    @Override
    public void execute(CommandContext context) {
        List<String> arguments = context.arguments();
        List<CommandInfo> commands = context.commands();
        if (arguments.size() > 1) {
            context.print("/help: give one command name. Usage: " + usage());
            return;
        }
        String wanted = arguments.isEmpty() ? "" : normalize(arguments.get(0));
        if (wanted.isEmpty()) {
            HelpText.overview(commands).forEach(context::print);
            return;
        }
        Optional<CommandInfo> command = commands.stream()
                .filter(info -> info.name().equalsIgnoreCase(wanted)
                        || info.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted)))
                .findFirst();
        if (command.isPresent()) {
            HelpText.details(command.get()).forEach(context::print);
        } else {
            context.print(HelpText.unknown(wanted, Closest.name(wanted, commands)));
        }
    }

    private static String normalize(String argument) {
        String name = argument.strip();
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }
}
