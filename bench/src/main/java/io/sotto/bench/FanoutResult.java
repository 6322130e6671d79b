package io.sotto.bench;

import java.util.Locale;
import java.util.Map;

/**
 * What a fan-out run measured.
 *
 * @param options what was asked
 * @param joined sessions that joined (the receivers)
 * @param senders sessions that posted
 * @param setupNanos from the first connect to the last welcome
 * @param warmupSent messages posted during the warm-up (delivered, not counted below)
 * @param sent messages posted
 * @param expected deliveries that would make the run complete: messages × receivers
 * @param delivered bench messages received, over all sessions
 * @param elapsedNanos from the first send to the last receipt
 * @param generatorCpuNanos CPU time this process (the generator) used while the measured
 *     messages were sent and received, or -1 when the platform does not tell
 * @param latency send-to-receipt time of every delivery, in nanoseconds
 * @param errors errors by kind (failed setups, notices, lost connections, failed sends)
 * @param errorExamples the first message of each kind
 * @param stoppedBy why the measurement ended: {@code complete}, {@code timeout} or {@code stalled}
 */
public record FanoutResult(
        FanoutOptions options,
        int joined,
        int senders,
        long setupNanos,
        long warmupSent,
        long sent,
        long expected,
        long delivered,
        long elapsedNanos,
        long generatorCpuNanos,
        Histogram latency,
        Map<String, Long> errors,
        Map<String, String> errorExamples,
        String stoppedBy) {

    public FanoutResult {
        errors = Map.copyOf(errors);
        errorExamples = Map.copyOf(errorExamples);
    }

    /** Deliveries per second: deliveries over the time from the first send to the last receipt. */
    public double deliveriesPerSecond() {
        return Format.perSecond(delivered, elapsedNanos);
    }

    /** Messages per second posted, over the same time. */
    public double messagesPerSecond() {
        return Format.perSecond(sent, elapsedNanos);
    }

    /** The generator's CPU per delivery in microseconds, or -1 when unknown or nothing was delivered. */
    public double generatorCpuMicrosPerDelivery() {
        return generatorCpuNanos < 0 || delivered == 0 ? -1 : generatorCpuNanos / 1e3 / delivered;
    }

    /** The generator's cores in use on average over the measurement, or -1 when unknown. */
    public double generatorCores() {
        return generatorCpuNanos < 0 || elapsedNanos <= 0 ? -1 : (double) generatorCpuNanos / elapsedNanos;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every delivery arrived and nothing went wrong. */
    public boolean clean() {
        return errorCount() == 0 && delivered == expected && expected > 0;
    }

    /** The summary table. */
    public String table() {
        StringBuilder t = new StringBuilder();
        row(t, "clients joined", joined + " of " + options.clients()
                + (setupNanos > 0 ? "  (" + Format.seconds(setupNanos / 1e9) + ", "
                        + Format.count(Format.perSecond(joined, setupNanos)) + " joins/s)" : ""));
        row(t, "senders", String.valueOf(senders));
        row(t, "message size", options.size() + " characters");
        row(t, "pace", options.rate() == 0 ? "as fast as possible (window " + options.window() + " messages)"
                : options.rate() + " messages/s in total");
        row(t, "warm-up", options.warmup().isZero() ? "none"
                : Format.seconds(options.warmup().toMillis() / 1e3) + ", " + warmupSent + " messages (not counted)");
        row(t, "messages sent", sent + " of " + options.messages());
        row(t, "deliveries", delivered + " of " + expected + (delivered == expected ? "" : "  (" + (expected - delivered)
                + " missing)"));
        row(t, "elapsed", Format.seconds(elapsedNanos / 1e9) + " (first send to last receipt; " + stoppedBy + ")");
        row(t, "deliveries/s", Format.count(deliveriesPerSecond()) + String.format(Locale.ROOT, "  (%.0f)",
                deliveriesPerSecond()));
        row(t, "messages/s", String.format(Locale.ROOT, "%.0f", messagesPerSecond()));
        latencyRows(t, latency);
        row(t, "generator CPU", generatorCpuNanos < 0 ? "unknown" : String.format(Locale.ROOT,
                "%.2f cores, %.2f µs per delivery (this process; the server's own is not seen from here)",
                generatorCores(), generatorCpuMicrosPerDelivery()));
        row(t, "errors", errorCount() == 0 ? "none" : String.valueOf(errorCount()));
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> row(t, "  " + e.getKey(),
                e.getValue() + (errorExamples.containsKey(e.getKey()) ? "  e.g. " + errorExamples.get(e.getKey()) : "")));
        return t.toString();
    }

    static void row(StringBuilder t, String name, String value) {
        t.append(String.format(Locale.ROOT, "  %-16s %s%n", name, value));
    }

    /** The rows of a latency histogram (nanoseconds): p50, p90, p99 and max. */
    static void latencyRows(StringBuilder t, Histogram latency) {
        row(t, "latency p50", Format.millis(latency.percentile(50)));
        row(t, "latency p90", Format.millis(latency.percentile(90)));
        row(t, "latency p99", Format.millis(latency.percentile(99)));
        row(t, "latency max", Format.millis(latency.max()));
    }

    /** A latency histogram (nanoseconds) as a JSON object in milliseconds, with its mean and count. */
    static Json latencyMillis(Histogram latency) {
        return new Json()
                .field("p50", latency.percentile(50) / 1e6)
                .field("p90", latency.percentile(90) / 1e6)
                .field("p99", latency.percentile(99) / 1e6)
                .field("max", latency.max() / 1e6)
                .field("mean", latency.mean() / 1e6)
                .field("count", latency.count());
    }

    /** The summary as one JSON object; times in milliseconds. */
    public String json() {
        return new Json()
                .field("benchmark", "fanout")
                .field("clients", options.clients())
                .field("joined", joined)
                .field("senders", senders)
                .field("messages", options.messages())
                .field("size", options.size())
                .field("rate", options.rate())
                .field("window", options.window())
                .field("setup_ms", setupNanos / 1e6)
                .field("warmup_ms", options.warmup().toMillis())
                .field("warmup_sent", warmupSent)
                .field("sent", sent)
                .field("expected_deliveries", expected)
                .field("deliveries", delivered)
                .field("elapsed_ms", elapsedNanos / 1e6)
                .field("deliveries_per_second", deliveriesPerSecond())
                .field("messages_per_second", messagesPerSecond())
                .object("latency_ms", latencyMillis(latency))
                .field("generator_cpu_ms", generatorCpuNanos < 0 ? -1 : generatorCpuNanos / 1e6)
                .field("generator_cpu_us_per_delivery", generatorCpuMicrosPerDelivery())
                .field("error_count", errorCount())
                .counts("errors", errors)
                .strings("error_examples", errorExamples)
                .field("stopped_by", stoppedBy)
                .field("clean", clean())
                .toString();
    }
}
