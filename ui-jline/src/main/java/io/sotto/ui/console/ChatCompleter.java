package io.sotto.ui.console;

import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.command.CommandInfo;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: the first word after a {@code /} completes to a command name (built-in or from
 * a plugin), every other word to the nickname of someone online (also after {@code @}).
 */
final class ChatCompleter implements Completer {
    private final CommandDispatcher commands;
    private final Supplier<List<String>> online;

    ChatCompleter(CommandDispatcher commands, Supplier<List<String>> online) {
        this.commands = commands;
        this.online = online;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        if (line.wordIndex() == 0 && word.startsWith("/")) {
            for (CommandInfo command : commands.commands()) {
                candidates.add(candidate("/" + command.name(), command.description()));
                for (String alias : command.aliases()) {
                    candidates.add(candidate("/" + alias, command.description()));
                }
            }
            return;
        }
        String prefix = word.startsWith("@") ? "@" : "";
        for (String nick : online.get()) {
            String safe = Sanitizer.inline(nick);
            candidates.add(candidate(prefix + safe, null));
        }
    }

    private static Candidate candidate(String value, String description) {
        return new Candidate(value, value, null, description == null ? null : Sanitizer.inline(description),
                null, null, true);
    }
}
