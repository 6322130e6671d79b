package io.sotto.testsupport;

import static io.sotto.testsupport.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.SessionCiphers;

/**
 * Replays one cacophony test vector (the shared {@code noise/cacophony-nx-subset.json}) through two
 * handshakes: with the vector's fixed keys, both sides must produce every handshake and transport
 * ciphertext byte for byte, and the final handshake hash. Cacophony numbers the messages from the
 * start of the handshake; even ones go initiator to responder.
 */
public final class CacophonyReplay {
    /** The shared file of cacophony vectors, relative to {@link TestVectors#dir()}. */
    public static final String VECTORS = "noise/cacophony-nx-subset.json";

    private CacophonyReplay() {}

    /**
     * Replays an NX {@code vector} through a cipher suite's public API: its static key pair from
     * the vector's responder key, its initiator and responder fed the vector's ephemeral keys.
     *
     * @return how many messages were checked
     */
    public static int replayNx(CipherSuite suite, JsonNode vector) throws Exception {
        FixedRandom initiatorRandom = new FixedRandom(hex(vector.get("init_ephemeral")));
        FixedRandom responderRandom = new FixedRandom(hex(vector.get("resp_ephemeral")));
        KeyPair responderStatic = suite.staticKeyPair(hex(vector.get("resp_static")));
        Handshake initiator = suite.initiator(hex(vector.get("init_prologue")), initiatorRandom);
        Handshake responder = suite.responder(hex(vector.get("resp_prologue")), responderStatic, responderRandom);
        int count = replay(initiator, responder, responderStatic, null, vector);
        assertTrue(initiatorRandom.usedUp() && responderRandom.usedUp(), "each side took its ephemeral key");
        return count;
    }

    /**
     * Replays {@code vector} through two fresh handshakes set up with its keys.
     *
     * @param responderStatic the responder's static key pair, if the pattern has one (else null)
     * @param initiatorStatic the initiator's static key pair, if the pattern has one (else null)
     * @return how many messages were checked
     */
    public static int replay(Handshake initiator, Handshake responder, KeyPair responderStatic,
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
        assertNotNull(initiatorCiphers, "the vector has transport messages");
        return i;
    }
}
