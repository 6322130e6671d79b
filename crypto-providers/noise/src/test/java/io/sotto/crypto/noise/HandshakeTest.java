package io.sotto.crypto.noise;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The handshake through the api: success, and every kind of bad input refused cleanly. */
class HandshakeTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROLOGUE = "sotto/1 suites=a,b pick=a".getBytes(UTF_8);

    /** X25519 public keys of small order (RFC 7748 section 7 / Wycheproof), plus 0 and 1. */
    private static final List<String> LOW_ORDER_KEYS = List.of(
            "0000000000000000000000000000000000000000000000000000000000000000",
            "0100000000000000000000000000000000000000000000000000000000000000",
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

    static Stream<CipherSuite> suites() {
        return Stream.of(new NoiseNx25519AesGcmSha256(), new NoiseNx25519ChaChaPolySha256());
    }

    /** The two messages of a successful run: [0] initiator's, [1] responder's, plus both sides. */
    record Run(Handshake initiator, Handshake responder, KeyPair serverKey) {}

    private static Run handshake(CipherSuite suite) throws HandshakeFailedException {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
        Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
        assertArrayEquals("hello".getBytes(UTF_8), responder.readMessage(initiator.writeMessage("hello".getBytes(UTF_8))));
        assertArrayEquals("welcome".getBytes(UTF_8), initiator.readMessage(responder.writeMessage("welcome".getBytes(UTF_8))));
        return new Run(initiator, responder, serverKey);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void fullHandshakeThenRecordsBothWays(CipherSuite suite) throws Exception {
        Run run = handshake(suite);
        assertTrue(run.initiator().isComplete() && run.responder().isComplete());
        assertFalse(run.initiator().isWriting() || run.responder().isWriting());
        assertArrayEquals(run.serverKey().publicKey(), run.initiator().remoteStaticKey().orElseThrow());
        assertTrue(run.responder().remoteStaticKey().isEmpty(), "the client is anonymous");
        assertArrayEquals(run.initiator().handshakeHash(), run.responder().handshakeHash());
        assertEquals(32, run.initiator().handshakeHash().length);

        SessionCiphers client = run.initiator().split();
        SessionCiphers server = run.responder().split();
        for (int i = 0; i < 100; i++) {
            byte[] up = ("up " + i).getBytes(UTF_8);
            byte[] down = new byte[i * 37];
            RANDOM.nextBytes(down);
            assertArrayEquals(up, server.receiver().open(client.sender().seal(up)));
            assertArrayEquals(down, client.receiver().open(server.sender().seal(down)));
        }
        // Sealing from an offset into an offset gives the same record as the whole-array form.
        byte[] framed = "..payload..".getBytes(UTF_8);
        byte[] out = new byte[framed.length + 16 + 5];
        int written = client.sender().seal(framed, 2, 7, out, 3);
        assertEquals(7 + client.sender().overhead(), written);
        assertArrayEquals("payload".getBytes(UTF_8), server.receiver().open(Arrays.copyOfRange(out, 3, 3 + written)));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void twoSessionsHaveDifferentHashesAndKeys(CipherSuite suite) throws Exception {
        Run a = handshake(suite);
        Run b = handshake(suite);
        assertFalse(Arrays.equals(a.initiator().handshakeHash(), b.initiator().handshakeHash()));
        byte[] record = a.initiator().split().sender().seal(new byte[10]);
        assertThrows(RecordRejectedException.class, () -> b.responder().split().receiver().open(record));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void wrongPrologueFailsTheHandshake(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        Handshake initiator = suite.initiator("suites=a,b".getBytes(UTF_8), RANDOM);
        Handshake responder = suite.responder("suites=b".getBytes(UTF_8), serverKey, RANDOM);
        responder.readMessage(initiator.writeMessage(new byte[0]));
        byte[] reply = responder.writeMessage(new byte[0]);
        HandshakeFailedException e = assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply));
        assertTrue(e.getMessage().contains("authentication"), e.getMessage());
        assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply), "unusable after failure");
        assertFalse(initiator.isComplete());
        assertThrows(IllegalStateException.class, initiator::split);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void everyTamperedByteOfTheResponderMessageIsRefused(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        byte[] payload = "server hello".getBytes(UTF_8);
        int length = 32 + 48 + payload.length + 16;
        for (int i = 0; i < length; i++) {
            Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
            Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
            responder.readMessage(initiator.writeMessage(new byte[0]));
            byte[] reply = responder.writeMessage(payload);
            assertEquals(length, reply.length);
            reply[i] ^= (byte) (i == 31 ? 0x80 : 0x01); // byte 31 bit 7: ignored by X25519, still hashed
            assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply), "byte " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aTamperedInitiatorMessageBreaksTheHandshake(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
        Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
        byte[] first = initiator.writeMessage("hi".getBytes(UTF_8));
        first[first.length - 1] ^= 1; // the plaintext payload: nothing to check yet, but it is hashed
        responder.readMessage(first);
        byte[] reply = responder.writeMessage(new byte[0]);
        assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void truncatedAndOversizedMessagesAreRefused(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        for (int length = 0; length < 32; length++) {
            Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
            byte[] tooShort = new byte[length];
            HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                    () -> responder.readMessage(tooShort));
            assertTrue(e.getMessage().contains("too short"), e.getMessage());
        }
        assertThrows(HandshakeFailedException.class,
                () -> suite.responder(PROLOGUE, serverKey, RANDOM).readMessage(new byte[65_536]));

        byte[] reply;
        {
            Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
            Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
            responder.readMessage(initiator.writeMessage(new byte[0]));
            reply = responder.writeMessage(new byte[0]);
        }
        for (int length = 0; length < reply.length; length++) {
            Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
            initiator.writeMessage(new byte[0]);
            byte[] truncated = Arrays.copyOf(reply, length);
            assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(truncated), "length " + length);
        }
        Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
        initiator.writeMessage(new byte[0]);
        byte[] tooLong = Arrays.copyOf(reply, reply.length + 1);
        assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(tooLong));

        HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                () -> suite.initiator(PROLOGUE, RANDOM).writeMessage(new byte[65_535 - 31]));
        assertTrue(e.getMessage().contains("65535"), e.getMessage());
        assertEquals(65_535, suite.initiator(PROLOGUE, RANDOM).writeMessage(new byte[65_535 - 32]).length);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void lowOrderEphemeralKeysAreRefused(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        for (String key : LOW_ORDER_KEYS) {
            // A client sends a low-order e: the server's ee gives zeros, so it refuses to answer.
            Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
            responder.readMessage(hex(key));
            HandshakeFailedException e = assertThrows(HandshakeFailedException.class,
                    () -> responder.writeMessage(new byte[0]), key);
            assertTrue(e.getMessage().contains("low-order"), e.getMessage());

            // A server sends a low-order e: the client refuses before looking at anything else.
            Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
            initiator.writeMessage(new byte[0]);
            byte[] reply = new byte[32 + 48 + 16];
            System.arraycopy(hex(key), 0, reply, 0, 32);
            e = assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(reply), key);
            assertTrue(e.getMessage().contains("low-order"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void turnsAreEnforced(CipherSuite suite) throws Exception {
        KeyPair serverKey = suite.generateStaticKeyPair(RANDOM);
        Handshake initiator = suite.initiator(PROLOGUE, RANDOM);
        Handshake responder = suite.responder(PROLOGUE, serverKey, RANDOM);
        assertTrue(initiator.isWriting());
        assertFalse(responder.isWriting());
        assertThrows(HandshakeFailedException.class, () -> responder.writeMessage(new byte[0]));
        assertThrows(HandshakeFailedException.class, () -> initiator.readMessage(new byte[32]));
        assertThrows(IllegalStateException.class, initiator::handshakeHash);
        assertThrows(IllegalStateException.class, initiator::split);

        Run run = handshake(suite);
        assertThrows(HandshakeFailedException.class, () -> run.initiator().writeMessage(new byte[0]));
        run.initiator().split();
        assertThrows(IllegalStateException.class, run.initiator()::split);
    }

    @Test
    void staticKeysComeFromExactly32RandomBytes() {
        CipherSuite suite = new NoiseNx25519AesGcmSha256();
        // RFC 7748 section 6.1: Bob's private and public keys.
        byte[] priv = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        String pub = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
        FixedRandom random = new FixedRandom(priv);
        KeyPair generated = suite.generateStaticKeyPair(random);
        assertTrue(random.usedUp());
        assertArrayEquals(priv, generated.privateKey());
        assertEquals(pub, hex(generated.publicKey()));
        assertEquals(generated, suite.staticKeyPair(priv));
        assertThrows(IllegalArgumentException.class, () -> suite.staticKeyPair(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> suite.staticKeyPair(new byte[33]));
        assertThrows(IllegalArgumentException.class,
                () -> suite.responder(PROLOGUE, new KeyPair(new byte[16], new byte[32]), RANDOM));
    }

    @Test
    void suitesAreNamedAndFoundByServiceLoader() {
        // Tests run patched into the module, which provides but does not use the service.
        HandshakeTest.class.getModule().addUses(CipherSuite.class);
        List<String> ids = ServiceLoader.load(CipherSuite.class).stream()
                .map(ServiceLoader.Provider::get).map(CipherSuite::id).sorted().toList();
        assertEquals(List.of("Noise_NX_25519_AESGCM_SHA256", "Noise_NX_25519_ChaChaPoly_SHA256"), ids);
        suites().forEach(suite -> {
            assertEquals("25519", suite.staticKeyType());
            assertFalse(suite.description().isBlank() || suite.description().contains("\n"));
        });
    }
}
