package io.sotto.app.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import io.sotto.core.json.JsonSerializer;
import io.sotto.core.protocol.ClientHandshake;
import io.sotto.core.protocol.Established;
import io.sotto.core.protocol.Hello;
import io.sotto.core.protocol.ProtocolException;
import io.sotto.core.protocol.ServerHandshake;
import io.sotto.crypto.noise.NoiseNx25519AesGcmSha256;
import io.sotto.crypto.noise.NoiseNx25519ChaChaPolySha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A man in the middle who edits the plaintext hello to steer the choice of suite makes the
 * handshake fail on both sides, because both hellos are the Noise prologue.
 */
class DowngradeTest {
    private static final CipherSuite AES = new NoiseNx25519AesGcmSha256();
    private static final CipherSuite CHACHA = new NoiseNx25519ChaChaPolySha256();
    private static final List<Serializer> JSON = List.of(new JsonSerializer());

    @Test
    void anEditedClientHelloBreaksTheHandshake() throws Exception {
        PipeConnection[] pipe = PipeConnection.pair();
        // The client offers only ChaChaPoly; the attacker rewrites the offer to AES-GCM only.
        FrameConnection client = new RewritingConnection(pipe[0], frame -> new Hello.ClientHello(
                List.of(Hello.VERSION), List.of(AES.id()), List.of("json")).encode());
        CompletableFuture<Established> server = serverSide(pipe[1]);
        ProtocolException clientSide = assertThrows(ProtocolException.class,
                () -> ClientHandshake.perform(client, List.of(CHACHA), JSON, new SecureRandom()));
        assertEquals("bad_choice", clientSide.code(), "the client notices the server chose what it never offered");
        server.cancel(true);
    }

    @Test
    void aReorderedOfferWithTheSameSuitesStillBreaksTheHandshake() throws Exception {
        PipeConnection[] pipe = PipeConnection.pair();
        // The client prefers ChaChaPoly, then AES-GCM; the attacker swaps the order. Both sides
        // agree on a suite both support, yet their prologues differ.
        FrameConnection client = new RewritingConnection(pipe[0], frame -> new Hello.ClientHello(
                List.of(Hello.VERSION), List.of(AES.id(), CHACHA.id()), List.of("json")).encode());
        CompletableFuture<Established> server = serverSide(pipe[1]);
        ProtocolException clientSide = assertThrows(ProtocolException.class,
                () -> ClientHandshake.perform(client, List.of(CHACHA, AES), JSON, new SecureRandom()));
        assertEquals("handshake_failed", clientSide.code());
        // In NX the server cannot tell yet (message 1 carries no tag); it would refuse the
        // client's first record, which never comes: the client has already hung up.
        assertTrue(server.get(10, TimeUnit.SECONDS).ciphers() != null);
    }

    /** Runs the server's side of hello and handshake on a thread of its own. */
    private static CompletableFuture<Established> serverSide(PipeConnection connection) {
        KeyPair key = AES.generateStaticKeyPair(new SecureRandom());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ServerHandshake.perform(connection, List.of(AES, CHACHA), JSON, s -> key, Optional::empty,
                        new SecureRandom());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** Replaces the first frame the client sends, as an attacker on the path would. */
    private static final class RewritingConnection implements FrameConnection {
        private final PipeConnection inner;
        private final java.util.function.UnaryOperator<byte[]> rewriteFirst;
        private boolean first = true;

        RewritingConnection(PipeConnection inner, java.util.function.UnaryOperator<byte[]> rewriteFirst) {
            this.inner = inner;
            this.rewriteFirst = rewriteFirst;
        }

        @Override
        public byte[] receive() throws java.io.IOException {
            return inner.receive();
        }

        @Override
        public void send(List<byte[]> frames) {
            List<byte[]> out = new ArrayList<>(frames);
            if (first) {
                out.set(0, rewriteFirst.apply(out.get(0)));
                first = false;
            }
            inner.send(out);
        }

        @Override
        public void setReceiveTimeout(Duration timeout) {}

        @Override
        public String peerAddress() {
            return "pipe";
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
