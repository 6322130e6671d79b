package io.sotto.bench;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * The live progress line on stderr: rewritten in place (with {@code \r}) about four times a
 * second on a terminal, a plain line every two seconds otherwise (logs, pipes, CI).
 */
public final class Progress implements AutoCloseable {
    /** How progress is shown. */
    public enum Mode {
        /** In place on a terminal, plain lines otherwise. */
        AUTO,
        /** Plain lines. */
        LINES,
        /** Nothing. */
        OFF
    }

    private final PrintWriter err;
    private final boolean inPlace;
    private final long periodMillis;
    private final Supplier<String> line;
    private final Thread ticker;
    private final boolean enabled;
    private volatile boolean stopped;
    private int lastLength;

    private Progress(PrintWriter err, boolean enabled, boolean inPlace, Supplier<String> line) {
        this.err = err;
        this.enabled = enabled;
        this.inPlace = inPlace;
        this.periodMillis = inPlace ? 250 : 2_000;
        this.line = line;
        this.ticker = Thread.ofPlatform().daemon().name("bench-progress").unstarted(this::tick);
    }

    /** Starts showing {@code line}; {@link Mode#OFF} shows nothing. */
    static Progress start(PrintWriter err, Mode mode, Supplier<String> line) {
        boolean inPlace = mode == Mode.AUTO && stderrLooksLikeTerminal();
        Progress progress = new Progress(err, mode != Mode.OFF, inPlace, line);
        if (progress.enabled) {
            progress.ticker.start();
        }
        return progress;
    }

    private void tick() {
        while (!stopped) {
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
            if (!stopped) {
                print(line.get());
            }
        }
    }

    private synchronized void print(String text) {
        if (inPlace) {
            int pad = Math.max(0, lastLength - text.length());
            err.print("\r" + text + " ".repeat(pad));
            lastLength = text.length();
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Prints a line of its own (a phase change) without breaking the progress line. */
    synchronized void note(String text) {
        if (inPlace && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
        if (enabled) {
            err.println(text);
            err.flush();
        }
    }

    /** Stops, leaving the last line in place followed by a newline. */
    @Override
    public void close() {
        stopped = true;
        ticker.interrupt();
        try {
            ticker.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (inPlace && lastLength > 0) {
                err.println();
                err.flush();
                lastLength = 0;
            }
        }
    }

    /**
     * Best guess without native code: a console is attached (JDK 21: stdin and stdout are
     * terminals; JDK 22+: {@code Console.isTerminal()}), and TERM is not "dumb".
     */
    static boolean stderrLooksLikeTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
