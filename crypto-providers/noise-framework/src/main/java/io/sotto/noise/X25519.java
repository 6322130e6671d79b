package io.sotto.noise;

import io.sotto.api.crypto.KeyPair;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Objects;
import javax.crypto.KeyAgreement;

/**
 * The Noise DH function {@code 25519} (Noise section 12.1): X25519 of RFC 7748 on raw 32-byte
 * keys, computed by the JDK's {@code XDH} provider.
 *
 * <p>Why a class of its own: Noise speaks raw little-endian byte strings while the JCA speaks key
 * objects; the conversion, the key generation that tests can replay (exactly 32 bytes from the
 * given {@link SecureRandom}) and the refusal of an all-zero result live here and nowhere else.
 *
 * <p>All-zero results are refused: they come from low-order peer keys, which would let a peer
 * force a known shared secret. Noise allows either behaviour; this project chooses to refuse.
 * Stateless and thread-safe.
 */
final class X25519 {
    static final int KEY_LENGTH = 32;

    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);
    private static final BigInteger FIELD_MASK = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE);

    private X25519() {}

    /** GENERATE_KEYPAIR: 32 bytes from {@code random} as the private key, and its public key. */
    static KeyPair generateKeyPair(SecureRandom random) {
        byte[] privateKey = new byte[KEY_LENGTH];
        random.nextBytes(privateKey);
        return new KeyPair(privateKey, publicKey(privateKey));
    }

    /**
     * The public key of a private key: X25519(k, 9).
     *
     * @throws IllegalArgumentException when the private key is not 32 bytes
     */
    static byte[] publicKey(byte[] privateKey) {
        checkLength(privateKey, "private key");
        try {
            return agree(privateKey, BASE_POINT);
        } catch (InvalidKeyException e) {
            // Impossible for the base point: clamping makes every scalar give a non-zero result.
            throw new IllegalStateException("X25519 of the base point failed", e);
        }
    }

    /**
     * DH(private, public): the 32-byte shared secret.
     *
     * @throws InvalidKeyException when the result is all zeros (a low-order public key)
     * @throws IllegalArgumentException when a key is not 32 bytes
     */
    static byte[] dh(byte[] privateKey, byte[] publicKey) throws InvalidKeyException {
        checkLength(privateKey, "private key");
        checkLength(publicKey, "public key");
        return agree(privateKey, decodeU(publicKey));
    }

    private static byte[] agree(byte[] privateKey, BigInteger u) throws InvalidKeyException {
        byte[] shared;
        try {
            KeyFactory factory = KeyFactory.getInstance("XDH");
            PrivateKey priv = factory.generatePrivate(
                    new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey));
            PublicKey pub = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, u));
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(priv);
            agreement.doPhase(pub, true);
            shared = agreement.generateSecret();
        } catch (InvalidKeyException e) {
            // The JDK itself refuses an all-zero result ("Point has small order").
            throw new InvalidKeyException("X25519 gave an all-zero result (low-order public key)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no usable X25519", e);
        }
        if (isAllZero(shared)) {
            throw new InvalidKeyException("X25519 gave an all-zero result (low-order public key)");
        }
        return shared;
    }

    /** RFC 7748 decodeUCoordinate: little-endian, top bit ignored; values >= p are reduced later. */
    private static BigInteger decodeU(byte[] publicKey) {
        byte[] bigEndian = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) {
            bigEndian[i] = publicKey[KEY_LENGTH - 1 - i];
        }
        return new BigInteger(1, bigEndian).and(FIELD_MASK);
    }

    /** Constant time: no early exit that would tell how many leading bytes are zero. */
    private static boolean isAllZero(byte[] bytes) {
        int acc = 0;
        for (byte b : bytes) {
            acc |= b;
        }
        return acc == 0;
    }

    private static void checkLength(byte[] key, String what) {
        Objects.requireNonNull(key, what);
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "an X25519 " + what + " is " + KEY_LENGTH + " bytes, not " + key.length);
        }
    }
}
