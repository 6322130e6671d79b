package io.sotto.core.command;

import io.sotto.api.client.ChatSession;
import io.sotto.api.command.Command;
import io.sotto.api.command.CommandDispatcher;
import io.sotto.api.command.CommandInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sotto's {@link CommandDispatcher}: finds the command by name or alias and runs it on a virtual
 * thread of its own, so that a command that throws, hangs or is slow never takes the client down
 * or blocks its input. The user always hears back: the command's own output, its failure, or
 * that it is still running after the time limit.
 */
public final class SottoCommandDispatcher implements CommandDispatcher {
    /** After this long the user is told the command is still running; it is not killed. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final String BUILT_IN = "built-in";

    private final Map<String, RegisteredCommand> byName;
    private final Path stateDirectory;
    private final Duration timeLimit;

    /**
     * @param commands the command extensions found
     * @param originOf where each came from, for {@code /help} and error messages
     * @throws IllegalArgumentException when two commands claim one name or alias; the message
     *     names both
     */
    public SottoCommandDispatcher(List<Command> commands, Function<Command, String> originOf, Path stateDirectory,
            Duration timeLimit) {
        this(index(commands.stream().map(c -> new RegisteredCommand(c, originOf.apply(c))).toList(), Map.of()),
                stateDirectory, timeLimit);
    }

    private SottoCommandDispatcher(Map<String, RegisteredCommand> byName, Path stateDirectory, Duration timeLimit) {
        this.byName = byName;
        this.stateDirectory = stateDirectory;
        this.timeLimit = timeLimit;
    }

    @Override
    public CommandDispatcher withBuiltIns(List<Command> builtIns) {
        List<RegisteredCommand> added = builtIns.stream().map(c -> new RegisteredCommand(c, BUILT_IN)).toList();
        return new SottoCommandDispatcher(index(added, byName), stateDirectory, timeLimit);
    }

    @Override
    public List<CommandInfo> commands() {
        return byName.values().stream()
                .distinct()
                .map(RegisteredCommand::info)
                .sorted(Comparator.comparing(CommandInfo::name))
                .toList();
    }

    @Override
    public CompletableFuture<Void> dispatch(String input, ChatSession session, Consumer<String> output) {
        if (!input.startsWith("/") || input.length() < 2 || Character.isWhitespace(input.charAt(1))) {
            output.accept("a command starts with '/' followed by its name; type /help for the list");
            return CompletableFuture.completedFuture(null);
        }
        CommandLine line = CommandLine.parse(input);
        RegisteredCommand found = byName.get(line.name());
        if (found == null) {
            output.accept(unknown(line.name()));
            return CompletableFuture.completedFuture(null);
        }
        return run(found, line, session, output);
    }

    private CompletableFuture<Void> run(RegisteredCommand registered, CommandLine line, ChatSession session,
            Consumer<String> output) {
        String name = "/" + registered.command().id();
        Context context = new Context(line, session, output, commands(), stateDirectory);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().name("sotto-command-" + registered.command().id()).start(() -> {
            try {
                registered.command().execute(context);
                done.complete(null);
            } catch (Throwable failure) {
                output.accept(name + " failed: " + describe(failure) + originNote(registered));
                done.complete(null);
            }
        });
        return done.copy()
                .orTimeout(timeLimit.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(timeout -> {
                    output.accept(name + " is still running after " + timeLimit.toSeconds()
                            + " s; it goes on in the background" + originNote(registered));
                    return null;
                });
    }

    private String unknown(String name) {
        Optional<String> closest = byName.keySet().stream()
                .min(Comparator.comparingInt(candidate -> Similarity.distance(candidate, name)))
                .filter(candidate -> Similarity.distance(candidate, name) <= 2);
        return "unknown command '/" + name + "'"
                + closest.map(c -> "; did you mean /" + c + "?").orElse(".")
                + " Type /help for the list of commands.";
    }

    private static String originNote(RegisteredCommand registered) {
        return BUILT_IN.equals(registered.origin()) ? "" : " (from " + registered.origin() + ")";
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static Map<String, RegisteredCommand> index(List<RegisteredCommand> added,
            Map<String, RegisteredCommand> existing) {
        Map<String, RegisteredCommand> byName = new LinkedHashMap<>(existing);
        for (RegisteredCommand registered : added) {
            List<String> names = new ArrayList<>();
            names.add(registered.command().id());
            names.addAll(registered.command().aliases());
            for (String name : names) {
                String key = name.toLowerCase(Locale.ROOT);
                RegisteredCommand holder = byName.putIfAbsent(key, registered);
                if (holder != null && holder != registered) {
                    throw new IllegalArgumentException("the command name '/" + key + "' of '/"
                            + registered.command().id() + "' (" + registered.origin() + ") is already taken by '/"
                            + holder.command().id() + "' (" + holder.origin() + ")");
                }
            }
        }
        return Map.copyOf(byName);
    }
}
