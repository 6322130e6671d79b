package io.sotto.bench.jmh;

import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Serializer;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One chat message through each serializer: the server's hot message ({@link Posted} with a
 * 100-character text) decoded, as every client does for every message it receives, and encoded,
 * as the server does once per message and serializer in use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    @Param({"json", "cbor"})
    public String serializer;

    private Serializer codec;
    private Posted message;
    private byte[] encoded;

    @Setup
    public void setUp() throws MalformedMessageException {
        codec = Providers.serializer(serializer);
        message = new Posted(123_456, Instant.ofEpochMilli(1_700_000_000_000L), "bench-0001", "x".repeat(100), false);
        encoded = codec.encode(message);
        // A benchmark of a codec that does not round-trip would measure nothing useful.
        if (!codec.decode(encoded).equals(message)) {
            throw new IllegalStateException(serializer + " does not round-trip " + message);
        }
    }

    @Benchmark
    public Message decode() throws MalformedMessageException {
        return codec.decode(encoded);
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(message);
    }
}
