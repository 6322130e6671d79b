package io.sotto.bench;

import java.util.Map;

/**
 * What a connections run measured.
 *
 * @param options what was asked
 * @param joined sessions that connected, completed the handshake and were welcomed
 * @param failed sessions that did not
 * @param openNanos from the first connect to the last welcome
 * @param setup connect + hello + handshake + join time of each session that joined, in nanoseconds
 * @param heldToTheEnd sessions still open when the hold ended
 * @param errors errors by kind
 * @param errorExamples the first message of each kind
 */
public record ConnectionsResult(
        ConnectionsOptions options,
        long joined,
        long failed,
        long openNanos,
        Histogram setup,
        long heldToTheEnd,
        Map<String, Long> errors,
        Map<String, String> errorExamples) {

    public ConnectionsResult {
        errors = Map.copyOf(errors);
        errorExamples = Map.copyOf(errorExamples);
    }

    /** Sessions opened (connect + handshake + join) per second. */
    public double joinsPerSecond() {
        return Format.perSecond(joined, openNanos);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every session joined and stayed. */
    public boolean clean() {
        return errorCount() == 0 && joined == options.clients() && heldToTheEnd == joined;
    }

    public String table() {
        StringBuilder t = new StringBuilder();
        FanoutResult.row(t, "warm-up", options.warmup() == 0 ? "none"
                : options.warmup() + " sessions opened and closed first, in rounds of "
                        + Math.min(options.clients(), options.warmup()) + " (not counted)");
        FanoutResult.row(t, "sessions joined", joined + " of " + options.clients() + (failed > 0 ? "  (" + failed
                + " failed)" : ""));
        FanoutResult.row(t, "opening took", Format.seconds(openNanos / 1e9) + " (concurrency "
                + options.concurrency() + ")");
        FanoutResult.row(t, "joins/s", Format.count(joinsPerSecond()) + String.format("  (%.0f)", joinsPerSecond()));
        FanoutResult.row(t, "setup p50", Format.millis(setup.percentile(50)));
        FanoutResult.row(t, "setup p99", Format.millis(setup.percentile(99)));
        FanoutResult.row(t, "setup max", Format.millis(setup.max()));
        FanoutResult.row(t, "held", heldToTheEnd + " for " + options.hold().toSeconds() + " s");
        FanoutResult.row(t, "errors", errorCount() == 0 ? "none" : String.valueOf(errorCount()));
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> FanoutResult.row(t,
                "  " + e.getKey(), e.getValue() + (errorExamples.containsKey(e.getKey())
                        ? "  e.g. " + errorExamples.get(e.getKey()) : "")));
        return t.toString();
    }

    /** The summary as one JSON object; times in milliseconds. */
    public String json() {
        return new Json()
                .field("benchmark", "connections")
                .field("clients", options.clients())
                .field("warmup_sessions", options.warmup())
                .field("joined", joined)
                .field("failed", failed)
                .field("open_ms", openNanos / 1e6)
                .field("joins_per_second", joinsPerSecond())
                .object("setup_ms", new Json()
                        .field("p50", setup.percentile(50) / 1e6)
                        .field("p99", setup.percentile(99) / 1e6)
                        .field("max", setup.max() / 1e6))
                .field("hold_seconds", options.hold().toSeconds())
                .field("held_to_the_end", heldToTheEnd)
                .field("error_count", errorCount())
                .counts("errors", errors)
                .strings("error_examples", errorExamples)
                .field("clean", clean())
                .toString();
    }
}
