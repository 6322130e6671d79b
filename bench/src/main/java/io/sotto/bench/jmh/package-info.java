/**
 * JMH benchmarks of the server's hot paths: sealing and framing one message for every member of
 * a room, each suite's full handshake, record sealing, and encoding and decoding one chat message
 * per serializer. Suites and serializers are found in the registry by id, never named as classes.
 * Run them from {@code bench/target/benchmarks.jar} (see bench/README.md).
 */
package io.sotto.bench.jmh;
