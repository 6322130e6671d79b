package io.sotto.plugin.help;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;

/** {@code /help} lists every command with a one-line summary; {@code /help NAME} explains one. */
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
        if (arguments.isEmpty()) {
            HelpText.overview(context.commands()).forEach(context::print);
            return;
        }
        String wanted = arguments.get(0).replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        Optional<CommandInfo> command = context.commands().stream()
                .filter(info -> info.name().equals(wanted) || info.aliases().contains(wanted))
                .findFirst();
        if (command.isPresent()) {
            HelpText.details(command.get()).forEach(context::print);
        } else {
            context.print("There is no command /" + wanted + ". Type /help to see the commands.");
        }
    }
}
