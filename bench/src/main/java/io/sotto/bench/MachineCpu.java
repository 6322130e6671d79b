package io.sotto.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How busy the whole machine was, from Linux's {@code /proc/stat}: a baseline run's share of it
 * says how much room a server and a generator sharing these cores would have.
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");

    private MachineCpu() {}

    /** All CPUs' time in clock ticks: in total, and idle (idle and waiting for I/O). */
    record Reading(long total, long idle) {}

    /** The current reading, or empty where there is no {@code /proc/stat} or it cannot be read. */
    static Optional<Reading> read() {
        try (var lines = Files.lines(STAT)) {
            return lines.findFirst().flatMap(MachineCpu::parse);
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
