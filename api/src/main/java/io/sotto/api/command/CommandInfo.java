package io.sotto.api.command;

import java.util.List;
import java.util.Objects;

/**
 * A command as listed by {@code /help}.
 *
 * @param name the name typed after the slash
 * @param aliases other names for it
 * @param usage how to call it
 * @param description one line on what it does
 * @param origin where it comes from: {@code built-in}, a module name, or a plugin jar
 */
public record CommandInfo(String name, List<String> aliases, String usage, String description, String origin) {
    public CommandInfo {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }
}
