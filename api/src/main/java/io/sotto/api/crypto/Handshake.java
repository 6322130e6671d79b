package io.sotto.api.crypto;

import java.util.Optional;

/**
 * One side of a Noise handshake in progress. Not thread-safe: one connection drives it.
 *
 * <p>The sides take turns: while {@link #isWriting()} this side calls {@link
 * #writeMessage(byte[])}, otherwise {@link #readMessage(byte[])}, until {@link #isComplete()}.
 * Then {@link #split()} gives the record ciphers. Any failure leaves the handshake unusable.
 */
public interface Handshake {

    /** True when this side sends the next handshake message. */
    boolean isWriting();

    /** True when all handshake messages have been written and read. */
    boolean isComplete();

    /**
     * Writes the next handshake message, carrying {@code payload} (encrypted when the pattern
     * has a key by then).
     *
     * @throws HandshakeFailedException on misuse or when a key agreement gives an invalid result
     */
    byte[] writeMessage(byte[] payload) throws HandshakeFailedException;

    /**
     * Reads the peer's next handshake message.
     *
     * @return the payload it carried
     * @throws HandshakeFailedException when the message is malformed, fails authentication (a
     *     wrong prologue or a tampered byte), or carries an invalid public key
     */
    byte[] readMessage(byte[] message) throws HandshakeFailedException;

    /** The peer's static public key once it has been received (the server's, on the client). */
    Optional<byte[]> remoteStaticKey();

    /** The handshake hash {@code h}: a unique id of this session, known once complete. */
    byte[] handshakeHash();

    /**
     * Ends the handshake and gives the two record ciphers, one per direction.
     *
     * @throws IllegalStateException when the handshake is not complete
     */
    SessionCiphers split();
}
