package io.sotto.bench.jmh;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.bench.MemoryHandshake;
import java.security.SecureRandom;
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
 * Record protection per suite: sealing into a reused buffer (the least a server can do per
 * recipient), sealing into a new array (what {@code RecordCipher.seal(byte[])} and the server's
 * outbox do today), and seal plus open (the client's side as well).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordBenchmark {
    @Param({"Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256", "Noise_NX_25519_AESGCM_SHA256", "Noise_NX_25519_ChaChaPoly_SHA256"})
    public String suite;

    @Param({"100", "4096"})
    public int size;

    private RecordCipher sender;
    private RecordCipher receiver;
    private byte[] plaintext;
    private byte[] out;

    @Setup
    public void setUp() throws Exception {
        SecureRandom random = new SecureRandom();
        var cipherSuite = Providers.suite(suite);
        MemoryHandshake.Sides session = MemoryHandshake.run(cipherSuite, cipherSuite.generateStaticKeyPair(random), random);
        sender = session.responder().sender();
        receiver = session.initiator().receiver();
        plaintext = new byte[size];
        random.nextBytes(plaintext);
        out = new byte[size + sender.overhead()];
    }

    @Benchmark
    public int sealIntoBuffer() {
        return sender.seal(plaintext, 0, plaintext.length, out, 0);
    }

    @Benchmark
    public byte[] sealNewArray() {
        return sender.seal(plaintext);
    }

    @Benchmark
    public byte[] sealThenOpen() throws RecordRejectedException {
        return receiver.open(sender.seal(plaintext));
    }
}
