package io.sotto.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time as the benchmarks read it: this process's, shown with a result so that a tool near
 * all of the machine's cores is seen measuring itself; and the whole machine's, from Linux's
 * {@code /proc/stat}, whose busy share says how much room a server and a generator sharing these
 * cores would have.
 */
final class CpuTime {
    private static final Path STAT = Path.of("/proc/stat");

    private CpuTime() {}

    /**
     * This process's CPU time so far, all threads (on Linux in clock ticks of 10 ms), or -1 when
     * the platform does not tell.
     */
    static long ofThisProcess() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** All CPUs' time in clock ticks: in total, and idle (idle and waiting for I/O). */
    record Reading(long total, long idle) {}

    /** The machine's reading now, or empty where there is no {@code /proc/stat} or it cannot be read. */
    static Optional<Reading> ofMachine() {
        try (var lines = Files.lines(STAT)) {
            return lines.findFirst().flatMap(CpuTime::parse);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The line {@code cpu user nice system idle iowait irq softirq steal ...}. */
    static Optional<Reading> parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 6 || !fields[0].equals("cpu")) {
            return Optional.empty();
        }
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return Optional.of(new Reading(total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])));
    }

    /** The busy share of the machine between two readings (0 to 1), or -1 when unknown. */
    static double busyShare(Optional<Reading> from, Optional<Reading> to) {
        if (from.isEmpty() || to.isEmpty() || to.get().total() <= from.get().total()) {
            return -1;
        }
        double idle = to.get().idle() - from.get().idle();
        return 1 - idle / (to.get().total() - from.get().total());
    }
}
