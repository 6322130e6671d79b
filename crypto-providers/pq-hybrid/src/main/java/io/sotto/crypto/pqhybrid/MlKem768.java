package io.sotto.crypto.pqhybrid;

import io.sotto.noise.Kem;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.DestroyFailedException;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/**
 * ML-KEM-768 (FIPS 203) as the shared Noise library's {@link Kem}: the KEM of the {@code e1} /
 * {@code ekem1} tokens. Key generation, encapsulation and decapsulation run on the JDK's own
 * ML-KEM where the JDK has one (Java 24 and later; {@link JdkMlKem768}, about twice as fast), else
 * on Bouncy Castle's low-level API; key pairs from a seed (test vectors) and the check of a received
 * key always use Bouncy Castle.
 *
 * <p>Why a class of its own: it is the only place that names Bouncy Castle. Randomness comes only
 * from the {@link SecureRandom} passed in: key generation draws d then z (32 bytes each),
 * encapsulation draws m (32 bytes), so a test can replay a handshake or a FIPS 203 vector.
 * Received encapsulation keys get the input checks of FIPS 203 section 7.2 (length, and every
 * coefficient reduced mod q), which Bouncy Castle performs when it parses the key. Stateless and
 * thread-safe.
 */
final class MlKem768 implements Kem {
    static final int ENCAPSULATION_KEY_LENGTH = 1184;
    static final int CIPHERTEXT_LENGTH = 1088;
    static final int SEED_LENGTH = 64;
    static final int SHARED_SECRET_LENGTH = 32;

    private static final MLKEMParameters PARAMETERS = MLKEMParameters.ml_kem_768;
    /** The JDK's implementation, when this JDK has one; looked up once. */
    private static final Optional<JdkMlKem768> JDK_KEM = JdkMlKem768.load();

    private final Optional<JdkMlKem768> jdk;

    /** The JDK's ML-KEM where there is one, else Bouncy Castle's. */
    MlKem768() {
        this(JDK_KEM);
    }

    /** @param jdk the JDK's implementation to use, or empty for Bouncy Castle's everywhere (tests) */
    MlKem768(Optional<JdkMlKem768> jdk) {
        this.jdk = jdk;
    }

    @Override
    public String name() {
        return "MLKEM768";
    }

    @Override
    public int encapsulationKeyLength() {
        return ENCAPSULATION_KEY_LENGTH;
    }

    @Override
    public int ciphertextLength() {
        return CIPHERTEXT_LENGTH;
    }

    /** ML-KEM.KeyGen: d and z, 32 bytes each, from {@code random}. */
    @Override
    public DecapsulationKey generateKeyPair(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (jdk.isPresent()) {
            return jdk.get().generateKeyPair(random);
        }
        MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
        generator.init(new MLKEMKeyGenerationParameters(random, PARAMETERS));
        return new Bc((MLKEMPrivateKeyParameters) generator.generateKeyPair().getPrivate());
    }

    /**
     * ML-KEM.KeyGen_internal(d, z) from the 64-byte seed d || z, the private key form of FIPS 203
     * and of the Wycheproof vectors.
     *
     * @throws IllegalArgumentException when the seed is not 64 bytes
     */
    DecapsulationKey keyPairFromSeed(byte[] seed) {
        if (Objects.requireNonNull(seed, "seed").length != SEED_LENGTH) {
            throw new IllegalArgumentException("an ML-KEM-768 seed is 64 bytes, not " + seed.length);
        }
        return new Bc(new MLKEMPrivateKeyParameters(PARAMETERS, seed));
    }

    @Override
    public void checkEncapsulationKey(byte[] encapsulationKey) throws InvalidKeyException {
        parse(encapsulationKey);
    }

    /** ML-KEM.Encaps: m, 32 bytes, from {@code random}. */
    @Override
    public Encapsulation encapsulate(byte[] encapsulationKey, SecureRandom random) throws InvalidKeyException {
        Objects.requireNonNull(random, "random");
        if (jdk.isPresent()) {
            checkLength(encapsulationKey);
            return jdk.get().encapsulate(encapsulationKey, random);
        }
        MLKEMPublicKeyParameters key = parse(encapsulationKey);
        SecretWithEncapsulation result =
                new MLKEMGenerator(random).generateEncapsulated(key);
        try {
            return new Encapsulation(result.getEncapsulation(), result.getSecret()); // both are copies
        } finally {
            try {
                result.destroy(); // wipes Bouncy Castle's own copy of the shared secret
            } catch (DestroyFailedException e) {
                // Nothing else holds it; the garbage collector takes it.
            }
        }
    }

    private static void checkLength(byte[] encapsulationKey) throws InvalidKeyException {
        Objects.requireNonNull(encapsulationKey, "encapsulationKey");
        if (encapsulationKey.length != ENCAPSULATION_KEY_LENGTH) {
            throw new InvalidKeyException(
                    "an ML-KEM-768 public key is 1184 bytes, not " + encapsulationKey.length);
        }
    }

    /** @throws IllegalArgumentException when a ciphertext is not 1088 bytes */
    static void checkCiphertextLength(byte[] ciphertext) {
        if (Objects.requireNonNull(ciphertext, "ciphertext").length != CIPHERTEXT_LENGTH) {
            throw new IllegalArgumentException("an ML-KEM-768 ciphertext is 1088 bytes, not " + ciphertext.length);
        }
    }

    private static MLKEMPublicKeyParameters parse(byte[] encapsulationKey) throws InvalidKeyException {
        checkLength(encapsulationKey);
        try {
            return new MLKEMPublicKeyParameters(PARAMETERS, encapsulationKey);
        } catch (IllegalArgumentException e) {
            // Bouncy Castle's modulus check (FIPS 203 section 7.2): a coefficient is not below q.
            throw new InvalidKeyException("not a valid ML-KEM-768 public key (" + e.getMessage() + ")", e);
        }
    }

    /** A decapsulation key held as Bouncy Castle's expanded private key, so decapsulation is one call. */
    private record Bc(MLKEMPrivateKeyParameters key) implements DecapsulationKey {

        @Override
        public byte[] encapsulationKey() {
            return key.getPublicKey();
        }

        /** ML-KEM.Decaps, with implicit rejection: a forged ciphertext gives a pseudo-random secret. */
        @Override
        public byte[] decapsulate(byte[] ciphertext) {
            checkCiphertextLength(ciphertext);
            return new MLKEMExtractor(key).extractSecret(ciphertext);
        }

        @Override
        public String toString() {
            return "ML-KEM-768 decapsulation key";
        }
    }
}
