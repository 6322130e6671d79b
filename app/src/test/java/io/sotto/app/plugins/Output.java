package io.sotto.app.plugins;

import io.sotto.api.client.ChatSession;
import io.sotto.api.command.CommandDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The lines commands show the user, collected from the dispatcher's worker threads. */
final class Output implements Consumer<String> {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void accept(String line) {
        lines.add(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Runs {@code input} and waits (at most 20 s) until it finished, failed or timed out. */
    static List<String> run(CommandDispatcher dispatcher, ChatSession session, String input) throws Exception {
        Output output = new Output();
        CompletableFuture<Void> done = dispatcher.dispatch(input, session, output);
        done.get(20, TimeUnit.SECONDS);
        return output.lines();
    }
}
