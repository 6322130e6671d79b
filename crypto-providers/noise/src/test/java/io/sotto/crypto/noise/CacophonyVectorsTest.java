package io.sotto.crypto.noise;

import static io.sotto.crypto.noise.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.SessionCiphers;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cacophony vectors for NX: with the vectors' fixed keys, both sides must produce every
 * handshake and transport ciphertext byte for byte, and the final handshake hash. Cacophony
 * numbers the messages from the start of the handshake; even ones go initiator to responder. (The
 * other patterns of the file are run against the token interpreter in the noise-framework module.)
 */
class CacophonyVectorsTest {

    static Stream<CipherSuite> suites() {
        return Stream.of(new NoiseNx25519AesGcmSha256(), new NoiseNx25519ChaChaPolySha256());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void reproducesEveryNxVectorOfTheSuite(CipherSuite suite) throws Exception {
        int vectors = 0;
        int messages = 0;
        for (JsonNode vector : TestVectors.read("noise/cacophony-nx-subset.json").get("vectors")) {
            if (!vector.get("protocol_name").asText().equals(suite.id())) {
                continue;
            }
            assertFalse(vector.has("init_static"), "NX initiator has no static key");
            assertFalse(vector.has("init_psks") || vector.has("resp_psks"), "no PSK in NX");
            messages += run(suite, vector);
            vectors++;
        }
        assertTrue(vectors > 0, "no cacophony vector for " + suite.id());
        assertTrue(messages >= 4, "too few messages checked: " + messages);
        System.out.printf("cacophony %s: %d vector(s), %d messages%n", suite.id(), vectors, messages);
    }

    private static int run(CipherSuite suite, JsonNode vector) throws Exception {
        FixedRandom initiatorRandom = new FixedRandom(hex(vector.get("init_ephemeral")));
        FixedRandom responderRandom = new FixedRandom(hex(vector.get("resp_ephemeral")));
        KeyPair responderStatic = suite.staticKeyPair(hex(vector.get("resp_static")));
        Handshake initiator = suite.initiator(hex(vector.get("init_prologue")), initiatorRandom);
        Handshake responder =
                suite.responder(hex(vector.get("resp_prologue")), responderStatic, responderRandom);
        int count = run(initiator, responder, responderStatic, null, vector);
        assertTrue(initiatorRandom.usedUp() && responderRandom.usedUp(), "each side took its ephemeral key");
        return count;
    }

    private static int run(Handshake initiator, Handshake responder, KeyPair responderStatic,
            KeyPair initiatorStatic, JsonNode vector) throws Exception {

        SessionCiphers initiatorCiphers = null;
        SessionCiphers responderCiphers = null;
        int i = 0;
        for (JsonNode message : vector.get("messages")) {
            byte[] payload = hex(message.get("payload"));
            byte[] expected = hex(message.get("ciphertext"));
            boolean fromInitiator = i % 2 == 0;
            if (!initiator.isComplete()) {
                Handshake writer = fromInitiator ? initiator : responder;
                Handshake reader = fromInitiator ? responder : initiator;
                assertTrue(writer.isWriting(), "message " + i + ": writer's turn");
                assertFalse(reader.isWriting(), "message " + i + ": reader waits");
                assertEquals(hex(expected), hex(writer.writeMessage(payload)), "handshake message " + i);
                assertArrayEquals(payload, reader.readMessage(expected), "handshake payload " + i);
            } else {
                if (initiatorCiphers == null) {
                    assertTrue(responder.isComplete());
                    assertEquals(vector.get("handshake_hash").asText(), hex(initiator.handshakeHash()));
                    assertEquals(vector.get("handshake_hash").asText(), hex(responder.handshakeHash()));
                    if (responderStatic != null) {
                        assertArrayEquals(responderStatic.publicKey(), initiator.remoteStaticKey().orElseThrow());
                    }
                    if (initiatorStatic != null) {
                        assertArrayEquals(initiatorStatic.publicKey(), responder.remoteStaticKey().orElseThrow());
                    }
                    initiatorCiphers = initiator.split();
                    responderCiphers = responder.split();
                }
                RecordCipher sender = fromInitiator ? initiatorCiphers.sender() : responderCiphers.sender();
                RecordCipher receiver = fromInitiator ? responderCiphers.receiver() : initiatorCiphers.receiver();
                assertEquals(hex(expected), hex(sender.seal(payload)), "transport message " + i);
                assertArrayEquals(payload, receiver.open(expected), "transport payload " + i);
            }
            i++;
        }
        assertTrue(initiatorCiphers != null, "the vector has transport messages");
        return i;
    }
}
