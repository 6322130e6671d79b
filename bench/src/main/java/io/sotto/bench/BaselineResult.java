package io.sotto.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * What a baseline run measured.
 *
 * @param options what was asked
 * @param suite the cipher suite whose record cipher sealed each write; empty for plain bytes
 * @param serializer the serializer that encoded (and, sealed, decoded) the messages
 * @param threads writer threads, and as many read loops
 * @param delivered messages received that were sent in the measured window
 * @param measuredNanos the measured window
 * @param cpuNanos CPU time this process used in the window (both ends and the kernel's work done
 *     on their behalf), or -1 when the platform does not tell
 * @param machineBusy the share of all the machine's CPU time that was busy in the window (0 to 1),
 *     or -1 when unknown
 * @param latency send-to-receipt time of each measured message, in nanoseconds
 * @param errors frames that could not be taken, failed reads or writes (a baseline has none)
 * @param firstError the first error's message, or null
 */
public record BaselineResult(
        BaselineOptions options,
        Optional<String> suite,
        String serializer,
        int threads,
        long delivered,
        long measuredNanos,
        long cpuNanos,
        double machineBusy,
        Histogram latency,
        long errors,
        String firstError) {

    public double deliveriesPerSecond() {
        return Format.perSecond(delivered, measuredNanos);
    }

    /** Paced: the deliveries the pace asks for in the window; 0 when as fast as possible. */
    public long expectedDeliveries() {
        return (long) ((double) options.rate() * options.connections() * measuredNanos / 1e9);
    }

    /** Paced, and fewer than 99 % of the asked deliveries arrived: the machine could not keep up. */
    public boolean behindThePace() {
        return options.rate() > 0 && delivered < 0.99 * expectedDeliveries();
    }

    /** CPU per delivery in microseconds, or -1 when unknown or nothing was delivered. */
    public double cpuMicrosPerDelivery() {
        return cpuNanos < 0 || delivered == 0 ? -1 : cpuNanos / 1e3 / delivered;
    }

    /** Cores in use on average over the window, or -1 when unknown. */
    public double cores() {
        return cpuNanos < 0 ? -1 : (double) cpuNanos / measuredNanos;
    }

    /** Something was delivered and nothing went wrong. */
    public boolean clean() {
        return errors == 0 && delivered > 0;
    }

    public String table() {
        StringBuilder t = new StringBuilder();
        FanoutResult.row(t, "connections", options.connections() + " on loopback, in this process (no server)");
        FanoutResult.row(t, "wire", suite.map(id -> "sealed with " + id + ", every message decoded (" + serializer + ")")
                .orElse("plain bytes (" + serializer + " messages, not decoded)"));
        FanoutResult.row(t, "message size", options.size() + " characters");
        FanoutResult.row(t, "pace", options.rate() == 0
                ? "as fast as possible, " + options.batch() + " message(s) per write (window " + options.window()
                        + " messages)"
                : options.rate() + " messages/s, each to every connection, one write each");
        FanoutResult.row(t, "threads", threads + " writers, " + threads + " read loops");
        FanoutResult.row(t, "measured", Format.seconds(measuredNanos / 1e9) + " after a "
                + Format.seconds(options.warmup().toMillis() / 1e3) + " warm-up");
        FanoutResult.row(t, "deliveries/s", Format.count(deliveriesPerSecond())
                + String.format(Locale.ROOT, "  (%.0f)", deliveriesPerSecond())
                + (behindThePace() ? "  behind the pace of " + Format.count(expectedDeliveries() * 1e9 / measuredNanos)
                        + ": the machine could not keep up (a longer --warmup may help)" : ""));
        FanoutResult.latencyRows(t, latency);
        FanoutResult.row(t, "CPU", cpuNanos < 0 ? "unknown" : String.format(Locale.ROOT,
                "%.2f cores, %.2f µs per delivery (both ends, with the kernel's work for them)", cores(),
                cpuMicrosPerDelivery()));
        FanoutResult.row(t, "machine busy", machineBusy < 0 ? "unknown" : String.format(Locale.ROOT,
                "%.0f %% of %d cores", machineBusy * 100, Runtime.getRuntime().availableProcessors()));
        FanoutResult.row(t, "errors", errors == 0 ? "none" : errors + "  e.g. " + firstError);
        return t.toString();
    }

    /** The summary as one JSON object; times in milliseconds. */
    public String json() {
        return new Json()
                .field("benchmark", "baseline")
                .field("connections", options.connections())
                .field("sealed_with", suite.orElse(""))
                .field("serializer", serializer)
                .field("size", options.size())
                .field("rate", options.rate())
                .field("batch", options.batch())
                .field("window", options.window())
                .field("threads", threads)
                .field("warmup_ms", options.warmup().toMillis())
                .field("measured_ms", measuredNanos / 1e6)
                .field("expected_deliveries", expectedDeliveries())
                .field("deliveries", delivered)
                .field("deliveries_per_second", deliveriesPerSecond())
                .field("behind_the_pace", behindThePace())
                .object("latency_ms", FanoutResult.latencyMillis(latency))
                .field("cpu_ms", cpuNanos < 0 ? -1 : cpuNanos / 1e6)
                .field("cpu_cores", cores())
                .field("cpu_us_per_delivery", cpuMicrosPerDelivery())
                .field("machine_busy", machineBusy)
                .field("error_count", errors)
                .field("first_error", firstError == null ? "" : firstError)
                .field("clean", clean())
                .toString();
    }
}
