package io.sotto.ui.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a front-end wrote, kept in memory; a test waits (with a deadline) for what it expects. */
final class Output extends OutputStream {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** CSI and OSC escape sequences, and carriage returns: what a terminal would not show as text. */
    private static final Pattern CONTROL = Pattern.compile("\u001B\\[[0-9;?>=]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|\u001B[()][0-9A-Za-z]|\u001B[=>78]|\r");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    /** Everything written, escape sequences included. */
    synchronized String raw() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Everything written, without escape sequences. */
    String text() {
        return strip(raw());
    }

    static String strip(String raw) {
        return CONTROL.matcher(raw).replaceAll("");
    }

    /** Waits until the text (escape sequences removed) contains {@code expected}. */
    String awaitText(String expected) throws InterruptedException {
        return await(text -> strip(text).contains(expected), "text containing '" + expected + "'");
    }

    synchronized String await(Predicate<String> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String now = raw();
            if (condition.test(now)) {
                return now;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; output so far:\n"
                        + strip(now) + "\n--- raw:\n" + now.replace("\u001B", "<ESC>"));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
