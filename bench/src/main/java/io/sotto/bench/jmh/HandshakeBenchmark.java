package io.sotto.bench.jmh;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
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
 * One suite's whole Noise NX handshake, both sides in one thread: fresh ephemeral keys on each
 * side, the server's static key, four X25519 agreements, then the split. Handshakes per second
 * here bound the connection-storm rate of one core (client and server work together).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HandshakeBenchmark {
    @Param({"Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256", "Noise_NX_25519_AESGCM_SHA256", "Noise_NX_25519_ChaChaPoly_SHA256"})
    public String suite;

    private CipherSuite cipherSuite;
    private KeyPair serverKey;
    private SecureRandom random;

    @Setup
    public void setUp() {
        cipherSuite = Providers.suite(suite);
        random = new SecureRandom();
        serverKey = cipherSuite.generateStaticKeyPair(random);
    }

    @Benchmark
    public MemoryHandshake.Sides fullHandshake() throws HandshakeFailedException {
        return MemoryHandshake.run(cipherSuite, serverKey, random);
    }
}
