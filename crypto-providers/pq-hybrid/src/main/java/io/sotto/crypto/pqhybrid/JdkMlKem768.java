package io.sotto.crypto.pqhybrid;

import io.sotto.noise.Kem;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.DecapsulateException;
import javax.crypto.KEM;

/**
 * ML-KEM-768 from the JDK's own provider, which Java 24 and later have. Why: on those JDKs it is
 * about twice as fast as Bouncy Castle's (key generation ~50 against ~120 µs, encapsulation and
 * decapsulation ~35 against ~60 µs), and every hybrid handshake runs one of each, so it bounds
 * how many connections a second a server and its clients can open.
 *
 * <p>Same algorithm, same randomness: key generation draws d then z (32 bytes each) and
 * encapsulation draws m (32 bytes) from the {@link SecureRandom} given, as Bouncy Castle does, so
 * replayed handshakes and test vectors give the same bytes whichever implementation runs. The
 * JDK checks a public key (length, every coefficient reduced mod q) before encapsulating.
 *
 * <p>The wire carries raw FIPS 203 keys; the JDK reads a public key as X.509, so the fixed
 * prefix the JDK itself writes for an ML-KEM-768 key is put in front. Thread-safe: a {@link KEM}
 * is immutable, and key factories and generators are made per call.
 *
 * <p>Every lookup names the provider that had the key generator. {@code KEM.getInstance} without
 * one asks every configured provider, and for those whose JDK module is not in a modular
 * application's boot layer (PKCS#11, LDAP, SASL, ...) the JDK instantiates every security provider
 * on the module path to find them by name: Bouncy Castle's JCA provider then loaded 670 classes
 * and cost an idle server 10 MB.
 */
final class JdkMlKem768 {
    private static final String ALGORITHM = "ML-KEM";
    private static final NamedParameterSpec PARAMETERS = new NamedParameterSpec("ML-KEM-768");

    private final Provider provider;
    private final KEM kem;
    /** The X.509 SubjectPublicKeyInfo bytes before the raw key, as the JDK encodes them. */
    private final byte[] x509Prefix;

    private JdkMlKem768(Provider provider, KEM kem, byte[] x509Prefix) {
        this.provider = provider;
        this.kem = kem;
        this.x509Prefix = x509Prefix;
    }

    /** The JDK's ML-KEM-768, or empty on a JDK without it (before Java 24). */
    static Optional<JdkMlKem768> load() {
        try {
            // Asks the providers in order and stops at the first with ML-KEM.
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(PARAMETERS, new SecureRandom());
            Provider provider = generator.getProvider();
            KEM kem = KEM.getInstance(ALGORITHM, provider);
            byte[] encoded = generator.generateKeyPair().getPublic().getEncoded();
            int prefix = encoded.length - MlKem768.ENCAPSULATION_KEY_LENGTH;
            return Optional.of(new JdkMlKem768(provider, kem, Arrays.copyOf(encoded, prefix)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** ML-KEM.KeyGen with d and z from {@code random}. */
    Kem.DecapsulationKey generateKeyPair(SecureRandom random) {
        try {
            KeyPair pair = generator(random).generateKeyPair();
            return new Decapsulation(kem, pair.getPrivate(), raw(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's ML-KEM-768 key generation failed", e);
        }
    }

    /**
     * ML-KEM.Encaps with m from {@code random}.
     *
     * @throws InvalidKeyException when the key is not a valid ML-KEM-768 public key
     */
    Kem.Encapsulation encapsulate(byte[] encapsulationKey, SecureRandom random) throws InvalidKeyException {
        KEM.Encapsulator encapsulator;
        try {
            encapsulator = kem.newEncapsulator(publicKey(encapsulationKey), null, random);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("the JDK's ML-KEM-768 refused its own parameters", e);
        }
        KEM.Encapsulated result = encapsulator.encapsulate();
        return new Kem.Encapsulation(result.encapsulation(), result.key().getEncoded());
    }

    private KeyPairGenerator generator(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM, provider);
        generator.initialize(PARAMETERS, random);
        return generator;
    }

    private PublicKey publicKey(byte[] raw) throws InvalidKeyException {
        byte[] x509 = Arrays.copyOf(x509Prefix, x509Prefix.length + raw.length);
        System.arraycopy(raw, 0, x509, x509Prefix.length, raw.length);
        try {
            return KeyFactory.getInstance(ALGORITHM, provider).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException("not a valid ML-KEM-768 public key (" + e.getMessage() + ")", e);
        }
    }

    private byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, x509Prefix.length, encoded.length);
    }

    /** A decapsulation key held as the JDK's private key object. */
    private record Decapsulation(KEM kem, PrivateKey key, byte[] publicKey) implements Kem.DecapsulationKey {

        @Override
        public byte[] encapsulationKey() {
            return publicKey.clone();
        }

        /** ML-KEM.Decaps, with implicit rejection: a forged ciphertext gives a pseudo-random secret. */
        @Override
        public byte[] decapsulate(byte[] ciphertext) {
            MlKem768.checkCiphertextLength(ciphertext);
            try {
                return kem.newDecapsulator(key).decapsulate(ciphertext).getEncoded();
            } catch (InvalidKeyException | DecapsulateException e) {
                throw new IllegalStateException("the JDK's ML-KEM-768 decapsulation failed", e);
            }
        }

        @Override
        public String toString() {
            return "ML-KEM-768 decapsulation key";
        }
    }
}
