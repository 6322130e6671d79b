package io.sotto.ui.gui;

import io.sotto.api.command.Command;
import io.sotto.api.command.CommandContext;
import io.sotto.api.command.CommandInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The window's own commands: {@code /clear}, {@code /quit}, {@code /me} and {@code /nick}. They
 * act on the window or the session, which plugins cannot reach, so they are built in and added to
 * the launcher's dispatcher.
 */
final class BuiltInCommands {

    /** What the built-in commands do to the window and the session; called from a worker thread. */
    interface Actions {
        void clearConversation();

        void quit();

        void act(String text);

        void rename(String nick);
    }

    private BuiltInCommands() {}

    static List<Command> all(Actions actions) {
        return List.of(
                new BuiltIn("clear", List.of(), "/clear", "Clears the conversation in this window",
                        c -> actions.clearConversation()),
                new BuiltIn("quit", List.of("exit"), "/quit", "Leaves the room and closes the window",
                        c -> actions.quit()),
                new BuiltIn("me", List.of(), "/me TEXT", "Posts an action, e.g. /me waves", c -> {
                    if (c.argumentText().isBlank()) {
                        c.print("usage: /me TEXT");
                    } else {
                        actions.act(c.argumentText());
                    }
                }),
                new BuiltIn("nick", List.of(), "/nick NEW_NAME", "Changes your nickname", c -> {
                    if (c.arguments().size() != 1) {
                        c.print("usage: /nick NEW_NAME");
                    } else {
                        actions.rename(c.arguments().getFirst());
                    }
                }));
    }

    /**
     * The built-ins whose names and aliases no command of {@code existing} uses already: a plugin
     * that brings its own {@code /clear} keeps it.
     */
    static List<Command> notTaken(List<Command> builtIns, List<CommandInfo> existing) {
        Set<String> taken = new HashSet<>();
        for (CommandInfo info : existing) {
            taken.add(info.name().toLowerCase(Locale.ROOT));
            info.aliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
        }
        return builtIns.stream()
                .filter(c -> !taken.contains(c.id()) && c.aliases().stream().noneMatch(taken::contains))
                .toList();
    }

    /** The body of a built-in command. */
    @FunctionalInterface
    private interface Body {
        void run(CommandContext context) throws Exception;
    }

    private record BuiltIn(String id, List<String> aliases, String usage, String description, Body body)
            implements Command {
        @Override
        public void execute(CommandContext context) throws Exception {
            body.run(context);
        }
    }
}
