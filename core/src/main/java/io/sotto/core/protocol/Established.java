package io.sotto.core.protocol;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.crypto.SessionCiphers;
import io.sotto.api.message.Serializer;
import java.util.Objects;

/**
 * A finished handshake: what was negotiated and the keys that came out of it.
 *
 * @param remoteStaticKey the server's static public key (on the server side, its own)
 * @param handshakeHash Noise's {@code h}, unique to this session
 */
public record Established(
        CipherSuite suite, Serializer serializer, SessionCiphers ciphers, byte[] remoteStaticKey, byte[] handshakeHash) {
    public Established {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(serializer, "serializer");
        Objects.requireNonNull(ciphers, "ciphers");
        Objects.requireNonNull(remoteStaticKey, "remoteStaticKey");
        Objects.requireNonNull(handshakeHash, "handshakeHash");
    }
}
