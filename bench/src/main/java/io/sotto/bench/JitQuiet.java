package io.sotto.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits until this JVM's JIT compilers have been idle for a moment. A fresh generator spends
 * seconds of CPU compiling its hot paths (handshakes, record opening, decoding); on a machine it
 * shares with the server, a measurement taken meanwhile counts the generator's compiler against
 * the server.
 */
final class JitQuiet {
    private static final Duration POLL = Duration.ofMillis(100);
    /** Polls in a row without compilation that count as idle. */
    private static final int QUIET_POLLS = 3;
    /** Some JITs never settle completely; do not wait longer than this. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(15);

    private JitQuiet() {}

    /** Returns once the total compilation time stops growing, or after at most 15 s. */
    static void await() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        long last = jit.getTotalCompilationTime();
        int quiet = 0;
        while (quiet < QUIET_POLLS && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL);
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }
}
