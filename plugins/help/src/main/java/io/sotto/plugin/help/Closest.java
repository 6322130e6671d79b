package io.sotto.plugin.help;

import io.sotto.api.command.CommandInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the command a mistyped name most likely meant: a name it starts, or one a few edits away. */
final class Closest {
    private Closest() {}

    /**
     * The command name (or alias) closest to {@code wanted}: one that {@code wanted} is the start
     * of, else the one with the fewest edits if that is at most a third of its length (and at
     * least 1).
     */
    static Optional<String> name(String wanted, List<CommandInfo> commands) {
        String typed = wanted.toLowerCase(Locale.ROOT);
        List<String> names = commands.stream()
                .flatMap(info -> Stream.concat(Stream.of(info.name()), info.aliases().stream()))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
        Optional<String> started = names.stream().filter(name -> name.startsWith(typed)).findFirst();
        if (started.isPresent()) {
            return started;
        }
        int allowed = Math.max(1, typed.length() / 3);
        return names.stream()
                .min(Comparator.comparingInt((String name) -> distance(typed, name)))
                .filter(name -> distance(typed, name) <= allowed);
    }

    /** Edits (insert, delete, replace one character) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int replace = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(replace, Math.min(above + 1, row[j - 1] + 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
