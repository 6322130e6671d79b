/**
 * The Noise Protocol Framework, shared by the Noise cipher-suite providers.
 *
 * <p>Public surface, kept small on purpose:
 * <ul>
 *   <li>{@link io.sotto.noise.NoiseProtocol}: a pattern, a cipher function and optionally a KEM,
 *       named as Noise names it; starts initiator and responder handshakes (as the api's {@code
 *       Handshake}) and makes the X25519 static keys;</li>
 *   <li>{@link io.sotto.noise.HandshakePattern}: the patterns offered ({@code NX}, {@code NXhfs});</li>
 *   <li>{@link io.sotto.noise.CipherFunction}: {@code AESGCM}, {@code ChaChaPoly};</li>
 *   <li>{@link io.sotto.noise.Kem}: what a provider implements to plug a KEM into the hfs tokens.</li>
 * </ul>
 *
 * <p>Package-private: {@code X25519} (DH), {@code Aead} and its two subclasses (cipher functions),
 * {@code Sha256} (hash, HMAC, HKDF), the Noise states {@code CipherState}, {@code SymmetricState}
 * and {@code HandshakeState}, and {@code TransportCipher} (a CipherState as the api's
 * {@code RecordCipher}).
 */
package io.sotto.noise;
