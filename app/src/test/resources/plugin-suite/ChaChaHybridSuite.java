package demo.pq;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.KeyPair;
import io.sotto.noise.CipherFunction;
import io.sotto.noise.HandshakePattern;
import io.sotto.noise.Kem;
import io.sotto.noise.NoiseProtocol;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/**
 * A third party's cipher suite, delivered as a plugin jar: the hybrid NX handshake with
 * ChaCha20-Poly1305 records, built on Sotto's Noise framework library and Bouncy Castle.
 */
@org.pf4j.Extension
public final class ChaChaHybridSuite implements CipherSuite {
    private final NoiseProtocol protocol =
            NoiseProtocol.hybrid(HandshakePattern.NX_HFS, new MlKem768(), CipherFunction.CHACHAPOLY);

    public String id() { return protocol.name(); }
    public String description() { return "hybrid NX, X25519 + ML-KEM-768, ChaCha20-Poly1305 (plugin)"; }
    public String staticKeyType() { return "25519"; }
    public KeyPair generateStaticKeyPair(SecureRandom random) { return protocol.generateStaticKeyPair(random); }
    public KeyPair staticKeyPair(byte[] privateKey) { return protocol.staticKeyPair(privateKey); }
    public Handshake initiator(byte[] prologue, SecureRandom random) { return protocol.initiator(prologue, random); }
    public Handshake responder(byte[] prologue, KeyPair key, SecureRandom random) {
        return protocol.responder(prologue, key, random);
    }

    static final class MlKem768 implements Kem {
        public String name() { return "MLKEM768"; }
        public int encapsulationKeyLength() { return 1184; }
        public int ciphertextLength() { return 1088; }

        public DecapsulationKey generateKeyPair(SecureRandom random) {
            MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
            generator.init(new MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768));
            MLKEMPrivateKeyParameters key = (MLKEMPrivateKeyParameters) generator.generateKeyPair().getPrivate();
            return new DecapsulationKey() {
                public byte[] encapsulationKey() { return key.getPublicKey(); }
                public byte[] decapsulate(byte[] ciphertext) { return new MLKEMExtractor(key).extractSecret(ciphertext); }
            };
        }

        public void checkEncapsulationKey(byte[] key) throws InvalidKeyException { parse(key); }

        public Encapsulation encapsulate(byte[] key, SecureRandom random) throws InvalidKeyException {
            var result = new MLKEMGenerator(random).generateEncapsulated(parse(key));
            return new Encapsulation(result.getEncapsulation(), result.getSecret());
        }

        private static MLKEMPublicKeyParameters parse(byte[] key) throws InvalidKeyException {
            if (key.length != 1184) {
                throw new InvalidKeyException("an ML-KEM-768 public key is 1184 bytes, not " + key.length);
            }
            try {
                return new MLKEMPublicKeyParameters(MLKEMParameters.ml_kem_768, key);
            } catch (IllegalArgumentException e) {
                throw new InvalidKeyException(e.getMessage(), e);
            }
        }
    }
}
