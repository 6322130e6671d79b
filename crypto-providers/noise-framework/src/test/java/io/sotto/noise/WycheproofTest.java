package io.sotto.noise;

import static io.sotto.testsupport.TestVectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.sotto.testsupport.TestVectors;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

/**
 * Project Wycheproof known-answer and edge-case tests, run against the package-private primitive
 * classes the handshake and records use. Every {@code valid} case must give the expected output,
 * every {@code invalid} case must be rejected; the counts guard against a silently empty loop.
 */
class WycheproofTest {

    private static final byte[] NO_BYTES = new byte[0];

    @Test
    void aesGcm256() throws Exception {
        int[] counts = aead("aes_gcm_test.json", AesGcm::new, true);
        assertTrue(counts[0] >= 30 && counts[1] >= 20, "AES-GCM cases run: " + Arrays.toString(counts));
    }

    @Test
    void chaCha20Poly1305() throws Exception {
        int[] counts = aead("chacha20_poly1305_test.json", ChaChaPoly::new, false);
        assertTrue(counts[0] >= 200 && counts[1] >= 60, "ChaChaPoly cases run: " + Arrays.toString(counts));
    }

    /**
     * @param onlyNoiseShape keep only the 256-bit key, 96-bit nonce, 128-bit tag groups (AES-GCM
     *     has other sizes that Noise never uses); otherwise groups of another nonce size must be
     *     refused
     * @return {valid cases run, invalid cases run}
     */
    private static int[] aead(String file, Function<byte[], Aead> factory, boolean onlyNoiseShape)
            throws Exception {
        int valid = 0;
        int invalid = 0;
        for (JsonNode group : TestVectors.read("wycheproof/" + file).get("testGroups")) {
            boolean noiseShape = group.get("keySize").asInt() == 256
                    && group.get("ivSize").asInt() == 96
                    && group.get("tagSize").asInt() == 128;
            if (onlyNoiseShape && !noiseShape) {
                continue;
            }
            assertEquals(256, group.get("keySize").asInt());
            assertEquals(128, group.get("tagSize").asInt());
            for (JsonNode test : group.get("tests")) {
                String id = file + " tcId " + test.get("tcId").asInt();
                Aead aead = factory.apply(hex(test.get("key")));
                byte[] iv = hex(test.get("iv"));
                byte[] aad = hex(test.get("aad"));
                byte[] msg = hex(test.get("msg"));
                byte[] sealed = concat(hex(test.get("ct")), hex(test.get("tag")));
                switch (test.get("result").asText()) {
                    case "valid" -> {
                        byte[] out = new byte[msg.length + Aead.TAG_LENGTH];
                        assertEquals(out.length, aead.encrypt(iv, aad, msg, 0, msg.length, out, 0), id);
                        assertArrayEquals(sealed, out, id);
                        assertArrayEquals(msg, aead.decrypt(iv, aad, sealed, 0, sealed.length), id);
                        valid++;
                    }
                    case "invalid" -> {
                        if (iv.length == Aead.NONCE_LENGTH) {
                            assertThrows(AEADBadTagException.class,
                                    () -> aead.decrypt(iv, aad, sealed, 0, sealed.length), id);
                        } else {
                            assertThrows(IllegalArgumentException.class,
                                    () -> aead.decrypt(iv, aad, sealed, 0, sealed.length), id);
                        }
                        invalid++;
                    }
                    default -> fail(id + ": unexpected result " + test.get("result"));
                }
            }
        }
        System.out.printf("wycheproof %s: %d valid, %d invalid%n", file, valid, invalid);
        return new int[] {valid, invalid};
    }

    /**
     * Valid cases give the shared secret. Acceptable cases (twist points, non-canonical and
     * special public keys) give RFC 7748's result too, except that an all-zero result, from a
     * low-order public key, is refused: Noise here refuses it.
     */
    @Test
    void x25519() throws Exception {
        int valid = 0;
        int acceptable = 0;
        int refused = 0;
        for (JsonNode group : TestVectors.read("wycheproof/x25519_test.json").get("testGroups")) {
            assertEquals("curve25519", group.get("curve").asText());
            for (JsonNode test : group.get("tests")) {
                String id = "x25519 tcId " + test.get("tcId").asInt();
                byte[] priv = hex(test.get("private"));
                byte[] pub = hex(test.get("public"));
                byte[] shared = hex(test.get("shared"));
                String result = test.get("result").asText();
                boolean zeroShared = Arrays.equals(shared, new byte[32]);
                if (result.equals("invalid") || zeroShared) {
                    assertThrows(InvalidKeyException.class, () -> X25519.dh(priv, pub), id);
                    refused++;
                } else {
                    assertArrayEquals(shared, X25519.dh(priv, pub), id);
                    if (result.equals("valid")) {
                        valid++;
                    } else {
                        acceptable++;
                    }
                }
                if (flagged(test, "ZeroSharedSecret")) {
                    assertTrue(zeroShared, id + " flagged zero but is not");
                }
            }
        }
        System.out.printf("wycheproof x25519: %d valid, %d acceptable computed, %d refused%n",
                valid, acceptable, refused);
        assertTrue(valid >= 200, "valid X25519 cases: " + valid);
        assertTrue(refused >= 20, "refused X25519 cases: " + refused);
        assertTrue(acceptable >= 100, "acceptable X25519 cases: " + acceptable);
    }

    @Test
    void hmacSha256() throws Exception {
        Sha256 sha256 = new Sha256();
        int valid = 0;
        int invalid = 0;
        for (JsonNode group : TestVectors.read("wycheproof/hmac_sha256_test.json").get("testGroups")) {
            int tagBytes = group.get("tagSize").asInt() / 8;
            for (JsonNode test : group.get("tests")) {
                String id = "hmac tcId " + test.get("tcId").asInt();
                byte[] mac = Arrays.copyOf(sha256.hmac(hex(test.get("key")), hex(test.get("msg")), NO_BYTES), tagBytes);
                boolean matches = MessageDigest.isEqual(mac, hex(test.get("tag")));
                switch (test.get("result").asText()) {
                    case "valid" -> {
                        assertTrue(matches, id);
                        valid++;
                    }
                    case "invalid" -> {
                        assertFalse(matches, id);
                        invalid++;
                    }
                    default -> fail(id + ": unexpected result");
                }
            }
        }
        System.out.printf("wycheproof hmac_sha256: %d valid, %d invalid%n", valid, invalid);
        assertTrue(valid >= 60 && invalid >= 100, valid + " valid, " + invalid + " invalid");
    }

    /** The general HKDF that Noise's HKDF is built on (salt = chaining key, empty info). */
    @Test
    void hkdfSha256() throws Exception {
        Sha256 sha256 = new Sha256();
        int valid = 0;
        int invalid = 0;
        for (JsonNode group : TestVectors.read("wycheproof/hkdf_sha256_test.json").get("testGroups")) {
            for (JsonNode test : group.get("tests")) {
                String id = "hkdf tcId " + test.get("tcId").asInt();
                byte[] ikm = hex(test.get("ikm"));
                byte[] salt = hex(test.get("salt"));
                byte[] info = hex(test.get("info"));
                int size = test.get("size").asInt();
                switch (test.get("result").asText()) {
                    case "valid" -> {
                        assertArrayEquals(hex(test.get("okm")), sha256.hkdf(salt, ikm, info, size), id);
                        valid++;
                    }
                    case "invalid" -> {
                        assertThrows(IllegalArgumentException.class, () -> sha256.hkdf(salt, ikm, info, size), id);
                        invalid++;
                    }
                    default -> fail(id + ": unexpected result");
                }
            }
        }
        System.out.printf("wycheproof hkdf_sha256: %d valid, %d invalid%n", valid, invalid);
        assertTrue(valid >= 80 && invalid >= 3, valid + " valid, " + invalid + " invalid");
    }

    private static boolean flagged(JsonNode test, String flag) {
        for (JsonNode f : test.get("flags")) {
            if (f.asText().equals(flag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
