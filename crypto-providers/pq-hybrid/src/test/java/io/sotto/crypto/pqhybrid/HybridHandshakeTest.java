package io.sotto.crypto.pqhybrid;

import static io.sotto.testsupport.TestVectors.hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.api.crypto.SessionCiphers;
import io.sotto.testsupport.FixedRandom;
import io.sotto.testsupport.TestVectors;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The hybrid handshake through the api: it completes and protects records; tampering with either
 * half (X25519 or ML-KEM) or with the prologue breaks it; and the ML-KEM secret really goes into
 * the session keys.
 *
 * <p>Message layout: the client's {@code e, e1} is 32 + 1184 bytes then the payload in clear; the
 * server's {@code e, ee, ekem1, s, es} is 32 + (1088 + 16) + (32 + 16) bytes then the payload and
 * its 16-byte tag.
 */
class HybridHandshakeTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROLOGUE = "sotto/1 suites=a,b pick=a".getBytes(UTF_8);
    private static final CipherSuite SUITE = new NoiseNxHfs25519MlKem768AesGcmSha256();

    private static final int E = 32;
    private static final int E1 = MlKem768.ENCAPSULATION_KEY_LENGTH;
    private static final int EKEM1 = MlKem768.CIPHERTEXT_LENGTH + 16;
    private static final int S = 32 + 16;
    private static final int TAG = 16;

    private final KeyPair serverKey = SUITE.generateStaticKeyPair(RANDOM);

    @Test
    void fullHybridHandshakeThenRecordsBothWays() throws Exception {
        assertEquals("Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256", SUITE.id());
        Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
        Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
        assertTrue(initiator.isWriting());
        assertFalse(responder.isWriting());

        byte[] hello = "hello".getBytes(UTF_8);
        byte[] first = initiator.writeMessage(hello);
        assertEquals(E + E1 + hello.length, first.length);
        assertArrayEquals(hello, responder.readMessage(first));

        byte[] welcome = "welcome".getBytes(UTF_8);
        byte[] second = responder.writeMessage(welcome);
        assertEquals(E + EKEM1 + S + welcome.length + TAG, second.length);
        assertArrayEquals(welcome, initiator.readMessage(second));

        assertTrue(initiator.isComplete() && responder.isComplete());
        assertArrayEquals(serverKey.publicKey(), initiator.remoteStaticKey().orElseThrow());
        assertTrue(responder.remoteStaticKey().isEmpty(), "the client is anonymous");
        assertArrayEquals(initiator.handshakeHash(), responder.handshakeHash());
        assertEquals(32, initiator.handshakeHash().length);

        SessionCiphers client = initiator.split();
        SessionCiphers server = responder.split();
        for (int i = 0; i < 50; i++) {
            byte[] up = ("up " + i).getBytes(UTF_8);
            byte[] down = new byte[i * 101];
            RANDOM.nextBytes(down);
            assertArrayEquals(up, server.receiver().open(client.sender().seal(up)));
            assertArrayEquals(down, client.receiver().open(server.sender().seal(down)));
        }
        byte[] record = client.sender().seal(new byte[3]);
        assertThrows(RecordRejectedException.class, () -> client.receiver().open(record), "directions have own keys");
    }

    /** The server's message, one field at a time: any flipped byte makes the client refuse it. */
    @Test
    void aTamperedX25519EphemeralInTheReplyIsRefused() throws Exception {
        int refused = tamperReply(i -> i < E);
        assertEquals(E, refused);
    }

    @Test
    void aTamperedKemCiphertextIsRefused() throws Exception {
        // Every 5th byte of ekem1 and its tag (ML-KEM would silently give a wrong secret; the AEAD
        // under the ee key catches the change first).
        int refused = tamperReply(i -> i >= E && i < E + EKEM1 && ((i - E) % 5 == 0 || i >= E + EKEM1 - TAG));
        assertTrue(refused > 200, "ciphertext bytes tried: " + refused);
    }

    @Test
    void aTamperedEncryptedStaticKeyOrPayloadIsRefused() throws Exception {
        int refused = tamperReply(i -> i >= E + EKEM1);
        assertEquals(S + 2 + TAG, refused);
    }

    /** Flips each chosen byte of a fresh server reply; the client must refuse every one. */
    private int tamperReply(IntPredicate which) throws Exception {
        byte[] payload = "ok".getBytes(UTF_8);
        int count = 0;
        for (int i = 0; i < E + EKEM1 + S + payload.length + TAG; i++) {
            if (!which.test(i)) {
                continue;
            }
            Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
            Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
            responder.readMessage(initiator.writeMessage(new byte[0]));
            byte[] reply = responder.writeMessage(payload);
            reply[i] ^= (byte) (i == 31 ? 0x80 : 0x01); // byte 31 bit 7: ignored by X25519, still hashed
            int at = i;
            HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                    () -> initiator.readMessage(reply), "byte " + i);
            assertFalse(initiator.isComplete());
            assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply), "unusable after failure " + at);
            assertTrue(e.getMessage().contains("authentication") || e.getMessage().contains("low-order"),
                    e.getMessage());
            count++;
        }
        return count;
    }

    /**
     * The client's message is in clear (no key exists yet) but hashed: a changed X25519 ephemeral
     * or ML-KEM public key passes the server, which then answers a different transcript, and the
     * client refuses that answer.
     */
    @Test
    void aTamperedClientMessageBreaksTheHandshake() throws Exception {
        int[] positions = {0, 17, 31, E, E + 1, E + 500, E + 1151, E + 1152, E + 1170, E + E1 - 1};
        for (int i : positions) {
            Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
            Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
            byte[] first = initiator.writeMessage(new byte[0]);
            // Lowest bit: keeps every 12-bit ML-KEM coefficient below q only sometimes, so the
            // server may refuse right away; bytes from E + 1152 on are the seed rho, always accepted.
            first[i] ^= 0x01;
            byte[] reply;
            try {
                responder.readMessage(first);
                reply = responder.writeMessage(new byte[0]);
            } catch (HandshakeFailedException refusedByServer) {
                assertTrue(i >= E && i < E + 1152, "byte " + i + ": " + refusedByServer.getMessage());
                continue;
            }
            byte[] answer = reply;
            assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(answer), "byte " + i);
        }
    }

    /** A malformed ML-KEM public key (a coefficient not reduced mod q) is refused by the server as it reads it. */
    @Test
    void anInvalidKemPublicKeyIsRefusedByTheReader() throws Exception {
        Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
        Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
        byte[] first = initiator.writeMessage(new byte[0]);
        first[E] = (byte) 0xff; // the first coefficient's low 8 bits
        first[E + 1] |= 0x0f; // ... and high 4: 0xfff = 4095 >= q = 3329
        HandshakeFailedException e = assertThrows(HandshakeFailedException.class, () -> responder.readMessage(first));
        assertTrue(e.getMessage().contains("MLKEM768 public key"), e.getMessage());
        assertThrows(HandshakeFailedException.class, () -> responder.writeMessage(new byte[0]), "unusable after failure");
    }

    @Test
    void aWrongPrologueFailsTheHandshake() throws Exception {
        Handshake initiator = SUITE.initiator("suites=a,b".getBytes(UTF_8), RANDOM);
        Handshake responder = SUITE.responder("suites=b".getBytes(UTF_8), serverKey, RANDOM);
        responder.readMessage(initiator.writeMessage(new byte[0]));
        byte[] reply = responder.writeMessage(new byte[0]);
        HandshakeFailedException e = assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply));
        assertTrue(e.getMessage().contains("authentication"), e.getMessage());
        assertThrows(IllegalStateException.class, initiator::split);
    }

    @Test
    void truncatedAndOverlongMessagesAreRefused() throws Exception {
        for (int length : new int[] {0, 31, E, E + 100, E + E1 - 1}) {
            Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
            HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                    () -> responder.readMessage(new byte[length]), "length " + length);
            assertTrue(e.getMessage().contains("too short"), e.getMessage());
        }
        Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
        Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
        responder.readMessage(initiator.writeMessage(new byte[0]));
        byte[] reply = responder.writeMessage(new byte[0]);
        for (int length : new int[] {0, E, E + EKEM1 - 1, E + EKEM1, E + EKEM1 + S, reply.length - 1, reply.length + 1}) {
            Handshake client = SUITE.initiator(PROLOGUE, RANDOM);
            client.writeMessage(new byte[0]);
            byte[] cut = Arrays.copyOf(reply, length);
            assertThrows(HandshakeFailedException.class, () -> client.readMessage(cut), "length " + length);
        }
        HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                () -> SUITE.initiator(PROLOGUE, RANDOM).writeMessage(new byte[65_535 - E - E1 + 1]));
        assertTrue(e.getMessage().contains("65535"), e.getMessage());
        assertEquals(65_535, SUITE.initiator(PROLOGUE, RANDOM).writeMessage(new byte[65_535 - E - E1]).length);
    }

    /**
     * The split keys come from the chaining key alone, which only DH and KEM outputs change. With
     * the same X25519 keys on both sides, the same ML-KEM key pair, and only the encapsulation
     * randomness m changed, the session keys must differ; with everything the same they must be
     * equal (the control).
     */
    @Test
    void theKemSecretChangesTheSessionKeys() throws Exception {
        byte[] sameRecord = "same plaintext, nonce 0".getBytes(UTF_8);
        byte[][] a = deterministicSession(0x11, 0x22, sameRecord);
        byte[][] control = deterministicSession(0x11, 0x22, sameRecord);
        byte[][] otherM = deterministicSession(0x11, 0x23, sameRecord);
        byte[][] otherKemKey = deterministicSession(0x12, 0x22, sameRecord);
        assertArrayEquals(a[0], control[0], "control: the same inputs give the same client key");
        assertArrayEquals(a[1], control[1], "control: the same inputs give the same server key");
        for (byte[][] other : List.of(otherM, otherKemKey)) {
            assertFalse(Arrays.equals(a[0], other[0]), "client-to-server key ignores the KEM secret");
            assertFalse(Arrays.equals(a[1], other[1]), "server-to-client key ignores the KEM secret");
        }
    }

    /**
     * A handshake with fixed X25519 ephemerals (and the fixed server key), the ML-KEM key pair from
     * d = z = {@code kemKeyByte}, and encapsulation randomness m = {@code mByte}; returns the first
     * record each side seals of {@code plaintext}.
     */
    private static byte[][] deterministicSession(int kemKeyByte, int mByte, byte[] plaintext) throws Exception {
        KeyPair server = SUITE.staticKeyPair(filled(0x01));
        FixedRandom clientRandom = new FixedRandom(filled(0x02), filled(kemKeyByte), filled(kemKeyByte));
        FixedRandom serverRandom = new FixedRandom(filled(0x03), filled(mByte));
        Handshake initiator = SUITE.initiator(PROLOGUE, clientRandom);
        Handshake responder = SUITE.responder(PROLOGUE, server, serverRandom);
        responder.readMessage(initiator.writeMessage(new byte[0]));
        initiator.readMessage(responder.writeMessage(new byte[0]));
        assertTrue(clientRandom.usedUp() && serverRandom.usedUp(), "all randomness came from the given sources");
        SessionCiphers client = initiator.split();
        SessionCiphers serverCiphers = responder.split();
        byte[] up = client.sender().seal(plaintext);
        byte[] down = serverCiphers.sender().seal(plaintext);
        assertArrayEquals(plaintext, serverCiphers.receiver().open(up));
        assertArrayEquals(plaintext, client.receiver().open(down));
        return new byte[][] {up, down};
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void turnsAreEnforced() throws Exception {
        Handshake initiator = SUITE.initiator(PROLOGUE, RANDOM);
        Handshake responder = SUITE.responder(PROLOGUE, serverKey, RANDOM);
        assertThrows(HandshakeFailedException.class, () -> responder.writeMessage(new byte[0]));
        assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(new byte[E + E1]));
        assertThrows(IllegalStateException.class, initiator::handshakeHash);
    }

    @Test
    void theServerIdentityIsTheClassicX25519Key() {
        // RFC 7748 section 6.1: Bob's private and public keys.
        byte[] priv = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        FixedRandom random = new FixedRandom(priv);
        KeyPair generated = SUITE.generateStaticKeyPair(random);
        assertTrue(random.usedUp());
        assertEquals("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f", hex(generated.publicKey()));
        assertEquals(generated, SUITE.staticKeyPair(priv));
        assertEquals("25519", SUITE.staticKeyType());
        assertThrows(IllegalArgumentException.class, () -> SUITE.staticKeyPair(new byte[31]));
        assertThrows(IllegalArgumentException.class,
                () -> SUITE.responder(PROLOGUE, new KeyPair(new byte[16], new byte[32]), RANDOM));
    }

    @Test
    void theSuiteIsFoundByServiceLoader() {
        // Tests run patched into the module, which provides but does not use the service.
        HybridHandshakeTest.class.getModule().addUses(CipherSuite.class);
        List<String> ids = ServiceLoader.load(CipherSuite.class).stream()
                .map(ServiceLoader.Provider::get).map(CipherSuite::id).toList();
        assertEquals(List.of("Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256"), ids);
        assertFalse(SUITE.description().isBlank() || SUITE.description().contains("\n"));
    }
}
