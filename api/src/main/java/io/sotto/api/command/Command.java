package io.sotto.api.command;

import io.sotto.api.Extension;
import java.util.List;

/**
 * A slash command the user types in a client: {@code /help}, {@code /export notes.md}.
 *
 * <p>{@link #id()} is the name typed after the slash, lower case, without spaces. Commands run on
 * a worker thread with a time limit; one that throws or hangs is reported to the user by name and
 * does not take the client down.
 */
public interface Command extends Extension {

    /** Other names that run this command, e.g. {@code export_chat} for {@code export}. */
    default List<String> aliases() {
        return List.of();
    }

    /** How to call it, e.g. {@code /export [FILE] [--format txt|md|json]}. */
    String usage();

    /**
     * Runs the command. Report results and errors to the user through {@link
     * CommandContext#print(String)}; throwing is reported as a failure of this command.
     */
    void execute(CommandContext context) throws Exception;
}
