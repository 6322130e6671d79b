package io.sotto.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.SessionCiphers;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The e1 / ekem1 tokens with a stand-in KEM (X25519 as a KEM: the ciphertext is a fresh public
 * key, the output their DH), so the token handling is checked here without any real KEM library:
 * message layout, what is hashed and what encrypted, and that the KEM output reaches the keys.
 * ML-KEM-768 itself is tested in the pq-hybrid provider.
 */
class HfsTokensTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROLOGUE = "prologue".getBytes(StandardCharsets.UTF_8);

    /** X25519 as a KEM, with a wrong-key check (all-zero keys refused) and a call counter. */
    static final class DhKem implements Kem {
        int decapsulations;

        @Override
        public String name() {
            return "DHKEM";
        }

        @Override
        public int encapsulationKeyLength() {
            return 32;
        }

        @Override
        public int ciphertextLength() {
            return 32;
        }

        @Override
        public DecapsulationKey generateKeyPair(SecureRandom random) {
            KeyPair pair = X25519.generateKeyPair(random);
            return new DecapsulationKey() {
                @Override
                public byte[] encapsulationKey() {
                    return pair.publicKey();
                }

                @Override
                public byte[] decapsulate(byte[] ciphertext) {
                    decapsulations++;
                    try {
                        return X25519.dh(pair.privateKey(), ciphertext);
                    } catch (InvalidKeyException e) {
                        return new byte[32]; // a stand-in for implicit rejection
                    }
                }
            };
        }

        @Override
        public void checkEncapsulationKey(byte[] key) throws InvalidKeyException {
            if (Arrays.equals(key, new byte[32])) {
                throw new InvalidKeyException("all-zero key");
            }
        }

        @Override
        public Encapsulation encapsulate(byte[] key, SecureRandom random) throws InvalidKeyException {
            KeyPair ephemeral = X25519.generateKeyPair(random);
            return new Encapsulation(ephemeral.publicKey(), X25519.dh(ephemeral.privateKey(), key));
        }
    }

    @Test
    void nxHfsRunsWithTheTokensInTheirPlaces() throws Exception {
        DhKem kem = new DhKem();
        NoiseProtocol protocol = NoiseProtocol.hybrid(HandshakePattern.NX_HFS, kem, CipherFunction.CHACHAPOLY);
        assertEquals("Noise_NXhfs_25519+DHKEM_ChaChaPoly_SHA256", protocol.name());
        KeyPair server = protocol.generateStaticKeyPair(RANDOM);
        Handshake initiator = protocol.initiator(PROLOGUE, RANDOM);
        Handshake responder = protocol.responder(PROLOGUE, server, RANDOM);

        byte[] first = initiator.writeMessage(new byte[] {42});
        assertEquals(32 + 32 + 1, first.length, "e, e1 in clear (no key yet), payload in clear");
        assertArrayEquals(new byte[] {42}, responder.readMessage(first));
        byte[] second = responder.writeMessage(new byte[0]);
        assertEquals(32 + (32 + 16) + (32 + 16) + 16, second.length, "e; ekem1 and s encrypted; payload tag");
        initiator.readMessage(second);
        assertEquals(1, kem.decapsulations);
        assertArrayEquals(initiator.handshakeHash(), responder.handshakeHash());
        SessionCiphers client = initiator.split();
        SessionCiphers serverCiphers = responder.split();
        assertArrayEquals(new byte[] {1, 2, 3}, serverCiphers.receiver().open(client.sender().seal(new byte[] {1, 2, 3})));
    }

    @Test
    void aKemKeyTheKemRefusesFailsOnTheReadingSide() throws Exception {
        NoiseProtocol protocol = NoiseProtocol.hybrid(HandshakePattern.NX_HFS, new DhKem(), CipherFunction.AESGCM);
        Handshake initiator = protocol.initiator(PROLOGUE, RANDOM);
        Handshake responder = protocol.responder(PROLOGUE, protocol.generateStaticKeyPair(RANDOM), RANDOM);
        byte[] first = initiator.writeMessage(new byte[0]);
        Arrays.fill(first, 32, 64, (byte) 0);
        HandshakeFailedException e = assertThrows(HandshakeFailedException.class, () -> responder.readMessage(first));
        assertTrue(e.getMessage().contains("invalid DHKEM public key"), e.getMessage());
    }

    @Test
    void patternAndKemMustAgree() {
        assertTrue(HandshakePattern.NX_HFS.usesKem());
        assertFalse(HandshakePattern.NX.usesKem());
        assertThrows(IllegalArgumentException.class,
                () -> NoiseProtocol.classic(HandshakePattern.NX_HFS, CipherFunction.AESGCM));
        assertThrows(IllegalArgumentException.class,
                () -> NoiseProtocol.hybrid(HandshakePattern.NX, new DhKem(), CipherFunction.AESGCM));
    }
}
