package io.sotto.ui.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The user's lines from a pipe or file, one message per line, read as UTF-8. A reader thread
 * feeds a queue so that the input loop can also be woken when the connection closes, which a
 * blocking read of standard input would not allow. Nothing is asked: there is nobody to answer.
 */
final class StreamLineSource implements LineSource {
    private static final Optional<String> END = Optional.empty();

    private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final BufferedReader input;
    private volatile boolean started;

    StreamLineSource(InputStream in) {
        this.input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public String next() {
        startReading();
        try {
            Optional<String> line = lines.take();
            if (line.isEmpty()) {
                lines.add(END); // Stay at the end for later calls.
            }
            return line.orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public String ask(String question) {
        return null;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void wake() {
        lines.add(END);
    }

    private synchronized void startReading() {
        if (started) {
            return;
        }
        started = true;
        Thread.ofPlatform().daemon().name("sotto-stdin").start(() -> {
            try {
                for (String line = input.readLine(); line != null; line = input.readLine()) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException | UncheckedIOException e) {
                // A broken input ends like a closed one.
            }
            lines.add(END);
        });
    }
}
