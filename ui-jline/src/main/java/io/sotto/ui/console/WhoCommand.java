package io.sotto.ui.console;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import java.util.List;

/** {@code /who}: lists who is in the room, as the server last told us. */
final class WhoCommand implements Command {
    @Override
    public String id() {
        return "who";
    }

    @Override
    public String description() {
        return "Lists who is online";
    }

    @Override
    public String usage() {
        return "/who";
    }

    @Override
    public void execute(CommandContext context) {
        List<String> online = context.online();
        if (online.isEmpty()) {
            context.print("nobody is online (not connected)");
            return;
        }
        String names = Sanitizer.inline(String.join(", ", online));
        int count = context.onlineCount();
        context.print(count > online.size()
                ? count + " online; the server named " + online.size() + ": " + names
                : online.size() + " online: " + names);
    }
}
