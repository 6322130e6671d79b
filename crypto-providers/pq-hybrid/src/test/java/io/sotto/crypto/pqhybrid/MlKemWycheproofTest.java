package io.sotto.crypto.pqhybrid;

import static io.sotto.testsupport.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.noise.Kem;
import io.sotto.testsupport.FixedRandom;
import io.sotto.testsupport.TestVectors;
import java.security.InvalidKeyException;
import org.junit.jupiter.api.Test;

/**
 * Project Wycheproof's ML-KEM-768 vectors, run against {@link MlKem768}, the class the handshake
 * uses. Every {@code valid} case must give the expected key and shared secret, every {@code
 * invalid} one must be refused; the counts guard against a silently empty loop.
 */
class MlKemWycheproofTest {
    private final MlKem768 kem = new MlKem768();

    /**
     * Decapsulation: the key pair from the 64-byte seed d || z must have the vector's public key;
     * then the ciphertext must give K. The valid cases include forged ciphertexts, which must take
     * the implicit-rejection path to the vector's K. Invalid: a seed or a ciphertext of the wrong
     * length.
     */
    @Test
    void decapsulation() throws Exception {
        int valid = 0;
        int invalid = 0;
        for (JsonNode group : TestVectors.read("wycheproof/mlkem_768_test.json").get("testGroups")) {
            assertEquals("ML-KEM-768", group.get("parameterSet").asText());
            for (JsonNode test : group.get("tests")) {
                String id = "mlkem_768 tcId " + test.get("tcId").asInt();
                byte[] seed = hex(test.get("seed"));
                byte[] ciphertext = hex(test.get("c"));
                switch (test.get("result").asText()) {
                    case "valid" -> {
                        Kem.DecapsulationKey key = kem.keyPairFromSeed(seed);
                        assertEquals(hex(test.get("ek").asText()).length, MlKem768.ENCAPSULATION_KEY_LENGTH, id);
                        assertArrayEquals(hex(test.get("ek")), key.encapsulationKey(), id);
                        assertArrayEquals(hex(test.get("K")), key.decapsulate(ciphertext), id);
                        valid++;
                    }
                    case "invalid" -> {
                        assertThrows(IllegalArgumentException.class,
                                () -> kem.keyPairFromSeed(seed).decapsulate(ciphertext), id);
                        invalid++;
                    }
                    default -> fail(id + ": unexpected result " + test.get("result"));
                }
            }
        }
        System.out.printf("wycheproof mlkem_768 decapsulation: %d valid, %d invalid%n", valid, invalid);
        assertTrue(valid >= 150 && invalid >= 40, valid + " valid, " + invalid + " invalid");
    }

    /**
     * Encapsulation with the vector's m, handed out by the SecureRandom the suite would be given:
     * the ciphertext and K must match. Invalid: public keys of the wrong length or with a
     * coefficient not reduced mod q (FIPS 203 section 7.2), refused by the check the handshake
     * runs on a received e1 and by encapsulation itself.
     */
    @Test
    void encapsulation() throws Exception {
        int valid = 0;
        int invalid = 0;
        for (JsonNode group : TestVectors.read("wycheproof/mlkem_768_encaps_test.json").get("testGroups")) {
            assertEquals("ML-KEM-768", group.get("parameterSet").asText());
            for (JsonNode test : group.get("tests")) {
                String id = "mlkem_768_encaps tcId " + test.get("tcId").asInt();
                byte[] publicKey = hex(test.get("ek"));
                FixedRandom m = new FixedRandom(hex(test.get("m")));
                switch (test.get("result").asText()) {
                    case "valid" -> {
                        kem.checkEncapsulationKey(publicKey);
                        Kem.Encapsulation encapsulation = kem.encapsulate(publicKey, m);
                        assertTrue(m.usedUp(), id + ": m comes from the given SecureRandom");
                        assertArrayEquals(hex(test.get("c")), encapsulation.ciphertext(), id);
                        assertArrayEquals(hex(test.get("K")), encapsulation.sharedSecret(), id);
                        valid++;
                    }
                    case "invalid" -> {
                        assertThrows(InvalidKeyException.class, () -> kem.checkEncapsulationKey(publicKey), id);
                        assertThrows(InvalidKeyException.class, () -> kem.encapsulate(publicKey, m), id);
                        invalid++;
                    }
                    default -> fail(id + ": unexpected result " + test.get("result"));
                }
            }
        }
        System.out.printf("wycheproof mlkem_768 encapsulation: %d valid, %d invalid%n", valid, invalid);
        assertTrue(valid >= 130 && invalid >= 130, valid + " valid, " + invalid + " invalid");
    }

    /** Key generation draws d then z from the given SecureRandom: the same pair as from the seed d || z. */
    @Test
    void keyGenerationTakesDThenZFromTheGivenRandom() throws Exception {
        JsonNode test = TestVectors.read("wycheproof/mlkem_768_test.json").get("testGroups").get(1).get("tests").get(0);
        byte[] seed = hex(test.get("seed"));
        FixedRandom random = new FixedRandom(
                java.util.Arrays.copyOfRange(seed, 0, 32), java.util.Arrays.copyOfRange(seed, 32, 64));
        Kem.DecapsulationKey key = kem.generateKeyPair(random);
        assertTrue(random.usedUp());
        assertArrayEquals(hex(test.get("ek")), key.encapsulationKey());
        assertArrayEquals(hex(test.get("K")), key.decapsulate(hex(test.get("c"))));
    }
}
