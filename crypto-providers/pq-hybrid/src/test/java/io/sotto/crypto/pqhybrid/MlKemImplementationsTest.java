package io.sotto.crypto.pqhybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sotto.noise.Kem;
import io.sotto.testsupport.FixedRandom;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JDK's ML-KEM-768 and Bouncy Castle's are interchangeable: one side of a handshake may run
 * on a JDK that has ML-KEM and the other on one that does not. (The Wycheproof vectors run against
 * whichever the handshake uses; here both are pinned.)
 */
class MlKemImplementationsTest {
    private static final Optional<JdkMlKem768> JDK = JdkMlKem768.load();

    private final MlKem768 bouncyCastle = new MlKem768(Optional.empty());

    private MlKem768 jdk() {
        assumeTrue(JDK.isPresent(), "this JDK has no ML-KEM (Java 24 and later do)");
        return new MlKem768(JDK);
    }

    @Test
    void eachDecapsulatesWhatTheOtherEncapsulated() throws Exception {
        MlKem768 jdk = jdk();
        SecureRandom random = new SecureRandom();
        for (MlKem768[] pair : new MlKem768[][] {{jdk, bouncyCastle}, {bouncyCastle, jdk}}) {
            Kem.DecapsulationKey key = pair[0].generateKeyPair(random);
            Kem.Encapsulation sent = pair[1].encapsulate(key.encapsulationKey(), random);
            assertEquals(MlKem768.CIPHERTEXT_LENGTH, sent.ciphertext().length);
            assertArrayEquals(sent.sharedSecret(), key.decapsulate(sent.ciphertext()));
        }
    }

    @Test
    void bothDrawTheSameRandomnessAndGiveTheSameBytes() throws Exception {
        MlKem768 jdk = jdk();
        byte[] d = filled(1);
        byte[] z = filled(2);
        byte[] m = filled(3);
        Kem.DecapsulationKey fromJdk = jdk.generateKeyPair(new FixedRandom(d, z));
        Kem.DecapsulationKey fromBc = bouncyCastle.generateKeyPair(new FixedRandom(d, z));
        assertArrayEquals(fromBc.encapsulationKey(), fromJdk.encapsulationKey());

        Kem.Encapsulation byJdk = jdk.encapsulate(fromBc.encapsulationKey(), new FixedRandom(m));
        Kem.Encapsulation byBc = bouncyCastle.encapsulate(fromBc.encapsulationKey(), new FixedRandom(m));
        assertArrayEquals(byBc.ciphertext(), byJdk.ciphertext());
        assertArrayEquals(byBc.sharedSecret(), byJdk.sharedSecret());
    }

    @Test
    void theJdkRefusesAKeyWithACoefficientNotReduced() throws Exception {
        MlKem768 jdk = jdk();
        byte[] key = jdk.generateKeyPair(new SecureRandom()).encapsulationKey();
        key[0] = (byte) 0xff;
        key[1] = (byte) 0x0f; // the first 12-bit coefficient is 4095, not below q = 3329
        assertThrows(InvalidKeyException.class, () -> jdk.encapsulate(key, new SecureRandom()));
        assertThrows(InvalidKeyException.class, () -> jdk.encapsulate(Arrays.copyOf(key, 1183), new SecureRandom()));
    }

    @Test
    void aForgedCiphertextGivesAnotherSecretNotAnError() throws Exception {
        MlKem768 jdk = jdk();
        Kem.DecapsulationKey key = jdk.generateKeyPair(new SecureRandom());
        Kem.Encapsulation sent = jdk.encapsulate(key.encapsulationKey(), new SecureRandom());
        sent.ciphertext()[0] ^= 1;
        assertFalse(Arrays.equals(sent.sharedSecret(), key.decapsulate(sent.ciphertext())));
        assertThrows(IllegalArgumentException.class, () -> key.decapsulate(new byte[10]));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
