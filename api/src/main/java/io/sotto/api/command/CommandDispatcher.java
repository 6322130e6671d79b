package io.sotto.api.command;

import io.sotto.api.client.ChatSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs what the user typed when it starts with {@code /}. Implemented by Sotto's core; a
 * front-end gets one from its context and adds its own built-in commands.
 */
public interface CommandDispatcher {

    /**
     * A dispatcher that also knows the front-end's own commands (e.g. {@code /clear},
     * {@code /quit}).
     *
     * @throws IllegalArgumentException when a name or alias is already taken; the message names
     *     both commands
     */
    CommandDispatcher withBuiltIns(List<Command> builtIns);

    /** Every command available, sorted by name. */
    List<CommandInfo> commands();

    /**
     * Parses {@code input} ({@code /name args...}) and runs the command on a worker thread. An
     * unknown name, a failure or a time-out is reported through {@code output} as a sentence
     * naming the command; nothing is thrown.
     *
     * @param session the session the command acts on, or null when not connected
     * @param output where lines for the user go (called from the worker thread)
     * @return completes when the command has finished, failed or timed out
     */
    CompletableFuture<Void> dispatch(String input, ChatSession session, Consumer<String> output);
}
