/**
 * Sotto's measuring tools: the load generator behind {@code sotto bench} (real sessions: transport,
 * hello, Noise handshake, join, encrypted records), the baseline behind {@code sotto bench
 * baseline} (the same traffic over loopback without Sotto: what the machine costs) and the JMH
 * benchmarks of the server's hot paths. It does not contain a server or a client front-end, and names no concrete provider:
 * transports, suites and serializers are handed in, or found in the registry by id.
 */
module io.sotto.bench {
    // The protocol pieces (ClientHandshake, SecureChannel), the registry, the server (JMH); api comes transitively.
    requires io.sotto.core;
    // The JIT's compilation time: a warm-up waits for the compilers to go quiet.
    requires java.management;
    // JMH annotations and the generated harness: compiled, never needed at run time by 'sotto bench'
    // (the benchmarks run from target/benchmarks.jar on the class path).
    requires static jmh.core;

    // The load generator, for the launcher's 'sotto bench' command.
    exports io.sotto.bench;
}
