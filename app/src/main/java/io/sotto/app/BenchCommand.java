package io.sotto.app;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.Transport;
import io.sotto.bench.BaselineOptions;
import io.sotto.bench.BaselineResult;
import io.sotto.bench.BaselineRun;
import io.sotto.bench.BenchTarget;
import io.sotto.bench.ConnectionsOptions;
import io.sotto.bench.ConnectionsResult;
import io.sotto.bench.ConnectionsRun;
import io.sotto.bench.FanoutOptions;
import io.sotto.bench.FanoutResult;
import io.sotto.bench.FanoutRun;
import io.sotto.bench.Progress;
import io.sotto.core.client.ClientSettings;
import io.sotto.core.config.SottoConfig;
import io.sotto.core.registry.ExtensionRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sotto bench}: the load generator. Opens real sessions (transport, hello, Noise
 * handshake, join) against a server and measures it; the work is in {@code io.sotto.bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure a Sotto server with real client sessions.",
                "Only loopback targets (localhost, 127.0.0.0/8, ::1) unless --allow-remote is given.",
                "The server's default limits (20 messages/s per client, 1000 clients) are too low for a benchmark:",
                "start it with bench/bench-server.toml (see docs/PERFORMANCE.md)."},
        subcommands = {BenchCommand.Fanout.class, BenchCommand.Connections.class, BenchCommand.Baseline.class})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    SottoCommand parent;

    @Mixin
    SharedOptions shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** What every benchmark takes: the suite, the output; the config's suites and serializers, found. */
    abstract static class WithExtensions implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Mixin
        SharedOptions shared;

        @Spec
        CommandSpec spec;

        @Option(names = "--suite", paramLabel = "ID",
                description = "Only this cipher suite: the one the sessions offer (fanout, connections) or the one that"
                        + " seals the writes (baseline); default: crypto.suites of the config.")
        String suite;

        @Option(names = "--json", description = "Print the summary as JSON on stdout instead of a table.")
        boolean json;

        @Option(names = "--quiet", description = "No progress line on stderr.")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            SharedOptions options = shared.orElse(bench.shared).orElse(bench.parent.shared);
            Optional<Distribution> distribution = Distribution.current();
            SottoConfig config = new Settings().read(options, distribution);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ExtensionRegistry registry = Registries.discover(options.pluginsDirectory(distribution), Registries.CONNECTION_KINDS)) {
                Warnings.print(registry, err);
                ClientSettings client = config.client();
                List<CipherSuite> suites = ExtensionChoice.pick(registry, CipherSuite.class,
                        suite == null ? client.suites() : List.of(suite), suite == null ? "crypto.suites" : "--suite");
                List<Serializer> serializers = ExtensionChoice.pick(registry, Serializer.class, client.serializers(),
                        "serializer.preferred");
                try {
                    return run(registry, suites, serializers, out, err);
                } catch (IllegalArgumentException e) {
                    err.println("sotto bench: " + e.getMessage());
                    err.flush();
                    return ExitCodes.USAGE;
                }
            }
        }

        /**
         * Runs the benchmark with the suites and serializers chosen (most preferred first); options
         * out of range throw IllegalArgumentException.
         */
        abstract int run(ExtensionRegistry registry, List<CipherSuite> suites, List<Serializer> serializers,
                PrintWriter out, PrintWriter err) throws Exception;

        Progress.Mode progress() {
            return quiet ? Progress.Mode.OFF : Progress.Mode.AUTO;
        }

        int finish(boolean clean, String table, String jsonSummary, PrintWriter out) {
            out.println(json ? jsonSummary : table);
            out.flush();
            return clean ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** What the benchmarks of a server take besides: the target and the sessions' settings. */
    abstract static class Run extends WithExtensions {
        @Parameters(index = "0", paramLabel = "URI", description = "The server, e.g. tcp://127.0.0.1:7420 or 127.0.0.1:7420.")
        String server;

        @Option(names = "--allow-remote", description = "Allow a target that is not this machine's loopback.")
        boolean allowRemote;

        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + FanoutOptions.DEFAULT_CONCURRENCY,
                description = "Sessions in setup at the same time (default: ${DEFAULT-VALUE}).")
        int concurrency;

        @Option(names = "--nick-prefix", paramLabel = "TEXT", defaultValue = FanoutOptions.DEFAULT_NICK_PREFIX,
                description = "Nicknames are this and a number (default: ${DEFAULT-VALUE}, giving bench-0001, ...).")
        String nickPrefix;

        @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "Time allowed to connect and for each handshake and join step (default: ${DEFAULT-VALUE};"
                        + " a busy server under a join storm is slow to answer).")
        long connectTimeoutSeconds;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
                description = "Stop after this long and report what was measured (default: ${DEFAULT-VALUE}, at most 3600).")
        long timeoutSeconds;

        @Override
        int run(ExtensionRegistry registry, List<CipherSuite> suites, List<Serializer> serializers, PrintWriter out,
                PrintWriter err) throws InterruptedException {
            BenchTarget target = BenchTarget.resolve(server, registry.all(Transport.class), suites, serializers,
                    Duration.ofSeconds(connectTimeoutSeconds), allowRemote);
            return run(target, progress(), out, err);
        }

        /** Runs the benchmark; options out of range throw IllegalArgumentException. */
        abstract int run(BenchTarget target, Progress.Mode progress, PrintWriter out, PrintWriter err)
                throws InterruptedException;

        Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }
    }

    @Command(name = "fanout", mixinStandardHelpOptions = true,
            description = {"N sessions join; senders post M messages; every session times each receipt.",
                    "Reports deliveries per second (messages x receivers / time from first send to last receipt), "
                            + "latency p50/p90/p99/max and errors. Exit code 1 when a delivery is missing or an "
                            + "error was seen."})
    static final class Fanout extends Run {
        @Option(names = "--clients", paramLabel = "N", required = true,
                description = "Sessions in the room, all of them receivers (1 to " + FanoutOptions.MAX_CLIENTS + ").")
        int clients;

        @Option(names = "--messages", paramLabel = "M", required = true, description = "Messages posted in total.")
        long messages;

        @Option(names = "--senders", paramLabel = "S",
                description = "How many of the sessions post (default: min(N, 10)).")
        Integer senders;

        @Option(names = "--size", paramLabel = "CHARS", defaultValue = "" + FanoutOptions.DEFAULT_SIZE,
                description = "Length of each message text (default: ${DEFAULT-VALUE}, at least "
                        + FanoutOptions.MIN_SIZE + ").")
        int size;

        @Option(names = "--rate", paramLabel = "MSG_PER_S", defaultValue = "0",
                description = "Messages per second in total; 0 (default) is as fast as possible.")
        int rate;

        @Option(names = "--window", paramLabel = "MESSAGES", defaultValue = "" + FanoutOptions.DEFAULT_WINDOW,
                description = "As fast as possible: messages in flight before senders wait (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "" + FanoutOptions.DEFAULT_WARMUP_SECONDS,
                description = "Send in the same mode for this long first, delivered but not counted, so the numbers "
                        + "are of warmed-up (JIT-compiled) processes; 0 skips it (default: ${DEFAULT-VALUE}).")
        long warmupSeconds;

        @Override
        int run(BenchTarget target, Progress.Mode progress, PrintWriter out, PrintWriter err) throws InterruptedException {
            FanoutOptions options = new FanoutOptions(clients, messages,
                    senders == null ? FanoutOptions.defaultSenders(clients) : senders, size, rate, window, timeout(),
                    concurrency, nickPrefix, Duration.ofSeconds(warmupSeconds));
            FanoutResult result = FanoutRun.run(target, options, progress, err);
            return finish(result.clean(), "fanout " + target.uri() + "\n" + result.table(), result.json(), out);
        }
    }

    @Command(name = "connections", mixinStandardHelpOptions = true,
            description = {"Open K joined sessions as fast as possible, hold them, close them.",
                    "Reports how many joined and the connect + handshake + join rate per second."})
    static final class Connections extends Run {
        @Option(names = "--clients", paramLabel = "K", required = true,
                description = "Sessions to open (1 to " + ConnectionsOptions.MAX_CLIENTS + ").")
        int clients;

        @Option(names = "--hold", paramLabel = "SECONDS", defaultValue = "5",
                description = "How long to hold them once opened (default: ${DEFAULT-VALUE}, at most 3600).")
        long holdSeconds;

        @Option(names = "--warmup-sessions", paramLabel = "N",
                description = {"Open and close N sessions first, in rounds of --clients, then start the clock once the"
                        + " generator's JIT is quiet, so the numbers are of warmed-up (JIT-compiled) processes; 0 skips"
                        + " it (default: " + ConnectionsOptions.DEFAULT_WARMUP_ROUNDS + " times --clients, at most "
                        + ConnectionsOptions.MAX_DEFAULT_WARMUP + ")."})
        Integer warmupSessions;

        @Override
        int run(BenchTarget target, Progress.Mode progress, PrintWriter out, PrintWriter err) throws InterruptedException {
            ConnectionsOptions options = new ConnectionsOptions(clients, Duration.ofSeconds(holdSeconds), timeout(),
                    concurrency, nickPrefix,
                    warmupSessions == null ? ConnectionsOptions.defaultWarmup(clients) : warmupSessions);
            ConnectionsResult result = ConnectionsRun.run(target, options, progress, err);
            return finish(result.clean(), "connections " + target.uri() + "\n" + result.table(), result.json(), out);
        }
    }

    @Command(name = "baseline", mixinStandardHelpOptions = true,
            description = {"Measure this machine, not a server: the traffic of a fan-out over loopback TCP inside this"
                    + " process, a writer and a read loop per core, nothing else.",
                    "Plain, it shows what the kernel costs to move a delivery; with --sealed, what the least a Sotto"
                            + " delivery must cost besides (a seal per connection, an open and a decode per receipt).",
                    "Compare its CPU per delivery and latency with a fanout run's of the same shape."})
    static final class Baseline extends WithExtensions {
        @Option(names = "--connections", paramLabel = "N", defaultValue = "500",
                description = "Connections, each receiving every message (default: ${DEFAULT-VALUE}, at most "
                        + BaselineOptions.MAX_CONNECTIONS + ").")
        int connections;

        @Option(names = "--rate", paramLabel = "MSG_PER_S", defaultValue = "0",
                description = "Messages per second, each to every connection; 0 (default) is as fast as possible.")
        int rate;

        @Option(names = "--size", paramLabel = "CHARS", defaultValue = "" + FanoutOptions.DEFAULT_SIZE,
                description = "Length of each message text (default: ${DEFAULT-VALUE}).")
        int size;

        @Option(names = "--batch", paramLabel = "B", defaultValue = "1",
                description = "As fast as possible: messages in each write to a connection (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--window", paramLabel = "MESSAGES", defaultValue = "" + BaselineOptions.DEFAULT_WINDOW,
                description = "As fast as possible: messages in flight before the writers wait (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--sealed", description = "Seal each write with the first suite of crypto.suites (or --suite)"
                + " and decode every message at the reader.")
        boolean sealed;

        @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "" + FanoutOptions.DEFAULT_WARMUP_SECONDS,
                description = "Run this long before measuring (default: ${DEFAULT-VALUE}).")
        long warmupSeconds;

        @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "10",
                description = "Measure for this long (default: ${DEFAULT-VALUE}).")
        long seconds;

        @Override
        int run(ExtensionRegistry registry, List<CipherSuite> suites, List<Serializer> serializers, PrintWriter out,
                PrintWriter err) throws InterruptedException {
            BaselineOptions options = new BaselineOptions(connections, rate, size, batch, window, sealed || suite != null,
                    Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds));
            Optional<CipherSuite> sealWith = options.sealed() ? Optional.of(suites.get(0)) : Optional.empty();
            try {
                BaselineResult result = BaselineRun.run(options, sealWith, serializers.get(0), progress(), err);
                return finish(result.clean(), "baseline\n" + result.table(), result.json(), out);
            } catch (IOException e) {
                err.println("sotto bench baseline: cannot open " + connections + " loopback connections: " + e.getMessage());
                err.flush();
                return ExitCodes.FAILURE;
            }
        }
    }
}
