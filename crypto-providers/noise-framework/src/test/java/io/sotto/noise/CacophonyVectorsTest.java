package io.sotto.noise;

import static io.sotto.testsupport.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.noise.HandshakePattern.Token;
import io.sotto.testsupport.CacophonyReplay;
import io.sotto.testsupport.FixedRandom;
import io.sotto.testsupport.TestVectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cacophony vectors for every pattern of the file without pre-messages (NN, NX, XX; NK is left
 * out) against the token interpreter: with the vectors' fixed keys, both sides must produce every
 * handshake and transport ciphertext byte for byte, and the final handshake hash. Evidence that
 * the generic HandshakeState, including the "se" token NX does not use, follows the spec rather
 * than just the NX vector. Cacophony numbers the messages from the start of the handshake; even
 * ones go initiator to responder.
 */
class CacophonyVectorsTest {

    private static final Map<String, HandshakePattern> PATTERNS = Map.of(
            "NN", new HandshakePattern("NN", List.of(List.of(Token.E), List.of(Token.E, Token.EE))),
            "NX", HandshakePattern.NX,
            "XX", new HandshakePattern("XX", List.of(
                    List.of(Token.E),
                    List.of(Token.E, Token.EE, Token.S, Token.ES),
                    List.of(Token.S, Token.SE))));

    @Test
    void theTokenInterpreterReproducesNnNxAndXx() throws Exception {
        int vectors = 0;
        int messages = 0;
        for (JsonNode vector : TestVectors.read(CacophonyReplay.VECTORS).get("vectors")) {
            String[] name = vector.get("protocol_name").asText().split("_");
            HandshakePattern pattern = PATTERNS.get(name[1]);
            if (pattern == null) {
                continue;
            }
            CipherFunction function = name[3].equals("AESGCM") ? CipherFunction.AESGCM : CipherFunction.CHACHAPOLY;
            assertEquals(vector.get("protocol_name").asText(), HandshakeState.protocolName(pattern, function, null));
            assertFalse(vector.has("init_psks") || vector.has("resp_psks"), "no PSK here");
            KeyPair initiatorStatic = vector.has("init_static") ? keyPair(hex(vector.get("init_static"))) : null;
            KeyPair responderStatic = vector.has("resp_static") ? keyPair(hex(vector.get("resp_static"))) : null;
            FixedRandom initiatorRandom = new FixedRandom(hex(vector.get("init_ephemeral")));
            FixedRandom responderRandom = new FixedRandom(hex(vector.get("resp_ephemeral")));
            Handshake initiator = new HandshakeState(pattern, function, null, true,
                    hex(vector.get("init_prologue")), initiatorStatic, initiatorRandom);
            Handshake responder = new HandshakeState(pattern, function, null, false,
                    hex(vector.get("resp_prologue")), responderStatic, responderRandom);
            messages += CacophonyReplay.replay(initiator, responder, responderStatic, initiatorStatic, vector);
            assertTrue(initiatorRandom.usedUp() && responderRandom.usedUp(), "each side took its ephemeral key");
            vectors++;
        }
        assertEquals(6, vectors, "NN, NX and XX vectors, both ciphers");
        assertTrue(messages >= 12, "too few messages checked: " + messages);
        System.out.printf("cacophony NN/NX/XX: %d vectors, %d messages%n", vectors, messages);
    }

    @Test
    void theNxProtocolIsNamedAndKeyedAsCacophonyExpects() throws Exception {
        NoiseProtocol protocol = NoiseProtocol.classic(HandshakePattern.NX, CipherFunction.AESGCM);
        assertEquals("Noise_NX_25519_AESGCM_SHA256", protocol.name());
        for (JsonNode vector : TestVectors.read(CacophonyReplay.VECTORS).get("vectors")) {
            if (!vector.get("protocol_name").asText().equals(protocol.name())) {
                continue;
            }
            KeyPair responderStatic = protocol.staticKeyPair(hex(vector.get("resp_static")));
            Handshake initiator = protocol.initiator(hex(vector.get("init_prologue")),
                    new FixedRandom(hex(vector.get("init_ephemeral"))));
            Handshake responder = protocol.responder(hex(vector.get("resp_prologue")), responderStatic,
                    new FixedRandom(hex(vector.get("resp_ephemeral"))));
            assertTrue(CacophonyReplay.replay(initiator, responder, responderStatic, null, vector) >= 2);
            return;
        }
        throw new AssertionError("no vector for " + protocol.name());
    }

    private static KeyPair keyPair(byte[] privateKey) {
        return new KeyPair(privateKey, X25519.publicKey(privateKey));
    }
}
