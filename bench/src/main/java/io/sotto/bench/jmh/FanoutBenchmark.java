package io.sotto.bench.jmh;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Serializer;
import io.sotto.bench.MemoryHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.SecureChannel;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's per-recipient hot path: one chat message (a 100-character text, encoded once with
 * the real serializer) sealed with each of {@value #RECIPIENTS} recipients' own record cipher
 * (from a real handshake), framed and written through core's {@link SecureChannel#sendEncoded}
 * to an in-memory connection. No sockets, no threads: the CPU cost a server pays per delivery
 * before the kernel.
 *
 * <p>Scores are deliveries per second on one thread ({@code OperationsPerInvocation} counts each
 * recipient, times the batch). Compare with the fan-out budget: 1,500,000 deliveries/s on two
 * cores that also run the load generator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FanoutBenchmark {
    static final int RECIPIENTS = 500;
    static final int BATCH = 16;

    @Param({"Noise_NX_25519_AESGCM_SHA256", "Noise_NX_25519_ChaChaPoly_SHA256"})
    public String suite;

    private Serializer serializer;
    private Posted message;
    private byte[] encoded;
    private List<byte[]> one;
    private List<byte[]> batch;
    private final List<SecureChannel> channels = new ArrayList<>(RECIPIENTS);
    private final List<MemoryConnection> connections = new ArrayList<>(RECIPIENTS);

    @Setup
    public void setUp() throws Exception {
        SecureRandom random = new SecureRandom();
        CipherSuite cipherSuite = Providers.suite(suite);
        serializer = Providers.serializer("json");
        KeyPair serverKey = cipherSuite.generateStaticKeyPair(random);
        for (int i = 0; i < RECIPIENTS; i++) {
            MemoryHandshake.Sides session = MemoryHandshake.run(cipherSuite, serverKey, random);
            MemoryConnection connection = new MemoryConnection();
            // The server's side of each session: it seals with the responder's sending cipher.
            channels.add(new SecureChannel(connection, new Established(cipherSuite, serializer, session.responder(),
                    serverKey.publicKey(), new byte[32])));
            connections.add(connection);
        }
        message = new Posted(1, Instant.now(), "bench-0001", "x".repeat(100), false);
        encoded = serializer.encode(message);
        one = List.of(encoded);
        batch = Collections.nCopies(BATCH, encoded);
    }

    /** One message, already encoded, to every recipient: seal, frame, write. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS)
    public void sealFrameWriteToEach() throws IOException {
        for (int i = 0; i < RECIPIENTS; i++) {
            channels.get(i).sendEncoded(one);
        }
    }

    /** As the server does it per message: encode once, then seal, frame and write for each recipient. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS)
    public void encodeOnceThenDeliverToEach() throws IOException {
        List<byte[]> fresh = List.of(serializer.encode(message));
        for (int i = 0; i < RECIPIENTS; i++) {
            channels.get(i).sendEncoded(fresh);
        }
    }

    /** A busy room: each recipient's writer takes {@value #BATCH} queued messages at once, one write. */
    @Benchmark
    @OperationsPerInvocation(RECIPIENTS * BATCH)
    public void batchOf16ToEach() throws IOException {
        for (int i = 0; i < RECIPIENTS; i++) {
            channels.get(i).sendEncoded(batch);
        }
    }

    @TearDown
    public void checkSomethingWasWritten() {
        long total = connections.stream().mapToLong(MemoryConnection::bytesWritten).sum();
        if (total <= 0) {
            throw new IllegalStateException("nothing was written");
        }
    }
}
