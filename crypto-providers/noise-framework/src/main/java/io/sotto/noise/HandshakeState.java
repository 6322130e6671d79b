package io.sotto.noise;

import io.sotto.api.crypto.Handshake;
import io.sotto.api.crypto.HandshakeFailedException;
import io.sotto.api.crypto.KeyPair;
import io.sotto.api.crypto.SessionCiphers;
import io.sotto.noise.HandshakePattern.Token;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * Noise's HandshakeState (section 5.3) for a pattern without pre-messages, as the api's {@link
 * Handshake}, with the {@code e1} / {@code ekem1} tokens of the KEM-based hfs modifier.
 *
 * <p>Why: it walks the pattern's tokens, writing or reading keys and mixing DH and KEM results
 * into the {@link SymmetricState}. It is the one place that turns bad input into {@link
 * HandshakeFailedException}; after any failure it refuses every further call. Not thread-safe.
 */
final class HandshakeState implements Handshake {
    /** Noise's limit on any message (section 3). */
    static final int MAX_MESSAGE_LENGTH = 65_535;

    private final HandshakePattern pattern;
    private final boolean initiator;
    private final SecureRandom random;
    private final SymmetricState symmetric;
    private final Kem kem;
    private final KeyPair s;
    private KeyPair e;
    private byte[] rs;
    private byte[] re;
    private Kem.DecapsulationKey e1;
    private byte[] re1;
    private int messageIndex;
    private boolean failed;
    private boolean split;

    /**
     * Initialize(): no pre-messages, so only the protocol name and the prologue are hashed.
     *
     * @param kem the KEM of the hfs tokens, or null when the pattern has none
     * @param s this side's static key pair, or null when this side has none
     */
    HandshakeState(HandshakePattern pattern, CipherFunction function, Kem kem, boolean initiator,
            byte[] prologue, KeyPair s, SecureRandom random) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.initiator = initiator;
        this.random = Objects.requireNonNull(random, "random");
        this.kem = kem;
        this.s = s;
        this.symmetric = new SymmetricState(protocolName(pattern, function, kem), function);
        symmetric.mixHash(Objects.requireNonNull(prologue, "prologue"));
    }

    /** The full Noise protocol name, e.g. {@code Noise_NXhfs_25519+MLKEM768_AESGCM_SHA256}. */
    static String protocolName(HandshakePattern pattern, CipherFunction function, Kem kem) {
        return "Noise_" + pattern.name() + "_25519" + (kem == null ? "" : "+" + kem.name())
                + "_" + function.noiseName() + "_SHA256";
    }

    @Override
    public boolean isWriting() {
        return !isComplete() && ((messageIndex % 2 == 0) == initiator);
    }

    @Override
    public boolean isComplete() {
        return messageIndex == pattern.messages().size();
    }

    @Override
    public byte[] writeMessage(byte[] payload) throws HandshakeFailedException {
        Objects.requireNonNull(payload, "payload");
        checkTurn(true);
        try {
            ByteArrayOutputStream message = new ByteArrayOutputStream(128 + payload.length
                    + (kem == null ? 0 : kem.encapsulationKeyLength()));
            for (Token token : tokens()) {
                switch (token) {
                    case E -> {
                        e = X25519.generateKeyPair(random);
                        byte[] publicKey = e.publicKey();
                        message.writeBytes(publicKey);
                        symmetric.mixHash(publicKey);
                    }
                    case S -> message.writeBytes(symmetric.encryptAndHash(ownStatic().publicKey()));
                    case E1 -> {
                        // Sent like a static key: encrypted once a key exists, else only hashed.
                        e1 = kem().generateKeyPair(random);
                        message.writeBytes(symmetric.encryptAndHash(e1.encapsulationKey()));
                    }
                    case EKEM1 -> {
                        Kem.Encapsulation encapsulation = encapsulate();
                        message.writeBytes(symmetric.encryptAndHash(encapsulation.ciphertext()));
                        symmetric.mixKey(encapsulation.sharedSecret());
                        Arrays.fill(encapsulation.sharedSecret(), (byte) 0);
                    }
                    default -> mixDh(token);
                }
            }
            message.writeBytes(symmetric.encryptAndHash(payload));
            if (message.size() > MAX_MESSAGE_LENGTH) {
                throw fail("handshake message would exceed 65535 bytes");
            }
            messageIndex++;
            return message.toByteArray();
        } catch (RuntimeException ex) {
            failed = true;
            throw ex;
        }
    }

    @Override
    public byte[] readMessage(byte[] message) throws HandshakeFailedException {
        Objects.requireNonNull(message, "message");
        checkTurn(false);
        if (message.length > MAX_MESSAGE_LENGTH) {
            throw fail("handshake message longer than 65535 bytes");
        }
        try {
            int offset = 0;
            for (Token token : tokens()) {
                switch (token) {
                    case E -> {
                        re = Arrays.copyOfRange(message, offset, need(message, offset, X25519.KEY_LENGTH));
                        offset += X25519.KEY_LENGTH;
                        symmetric.mixHash(re);
                    }
                    case S -> {
                        int length = X25519.KEY_LENGTH + (symmetric.hasKey() ? Aead.TAG_LENGTH : 0);
                        need(message, offset, length);
                        rs = symmetric.decryptAndHash(message, offset, length);
                        offset += length;
                    }
                    case E1 -> {
                        int length = kem().encapsulationKeyLength() + (symmetric.hasKey() ? Aead.TAG_LENGTH : 0);
                        need(message, offset, length);
                        re1 = symmetric.decryptAndHash(message, offset, length);
                        offset += length;
                        checkEncapsulationKey(re1);
                    }
                    case EKEM1 -> {
                        int length = kem().ciphertextLength() + (symmetric.hasKey() ? Aead.TAG_LENGTH : 0);
                        need(message, offset, length);
                        byte[] ciphertext = symmetric.decryptAndHash(message, offset, length);
                        offset += length;
                        if (e1 == null) {
                            throw fail("the pattern needs a KEM key this side does not have");
                        }
                        byte[] shared = e1.decapsulate(ciphertext);
                        e1 = null; // used once; nothing of the KEM key outlives the handshake
                        symmetric.mixKey(shared);
                        Arrays.fill(shared, (byte) 0);
                    }
                    default -> mixDh(token);
                }
            }
            int rest = message.length - offset;
            if (symmetric.hasKey() && rest < Aead.TAG_LENGTH) {
                throw fail("handshake message too short");
            }
            byte[] payload = symmetric.decryptAndHash(message, offset, rest);
            messageIndex++;
            return payload;
        } catch (AEADBadTagException ex) {
            throw fail("handshake message failed authentication (wrong prologue, wrong key or tampered)");
        } catch (RuntimeException ex) {
            failed = true;
            throw ex;
        }
    }

    @Override
    public Optional<byte[]> remoteStaticKey() {
        return Optional.ofNullable(rs).map(byte[]::clone);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException before the handshake is complete
     */
    @Override
    public byte[] handshakeHash() {
        if (!isComplete()) {
            throw new IllegalStateException("the handshake hash is known once the handshake is complete");
        }
        return symmetric.handshakeHash();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException also when called a second time
     */
    @Override
    public SessionCiphers split() {
        if (!isComplete()) {
            throw new IllegalStateException("the handshake is not complete");
        }
        if (split) {
            throw new IllegalStateException("split() was already called");
        }
        split = true;
        CipherState[] states = symmetric.split();
        TransportCipher fromInitiator = new TransportCipher(states[0]);
        TransportCipher fromResponder = new TransportCipher(states[1]);
        return initiator
                ? new SessionCiphers(fromInitiator, fromResponder)
                : new SessionCiphers(fromResponder, fromInitiator);
    }

    private List<Token> tokens() {
        return pattern.messages().get(messageIndex);
    }

    private void checkTurn(boolean writing) throws HandshakeFailedException {
        if (failed) {
            throw new HandshakeFailedException("the handshake already failed");
        }
        if (isComplete()) {
            throw fail("the handshake is already complete");
        }
        if (isWriting() != writing) {
            throw fail(writing ? "not this side's turn to write" : "not this side's turn to read");
        }
    }

    /** The DH tokens: ee, es, se, ss; "es" is initiator e with responder s, whichever side we are. */
    private void mixDh(Token token) throws HandshakeFailedException {
        byte[] shared = switch (token) {
            case EE -> dh(e, re);
            case ES -> initiator ? dh(e, rs) : dh(s, re);
            case SE -> initiator ? dh(s, re) : dh(e, rs);
            case SS -> dh(s, rs);
            default -> throw new IllegalArgumentException("not a DH token: " + token);
        };
        symmetric.mixKey(shared);
        Arrays.fill(shared, (byte) 0);
    }

    private byte[] dh(KeyPair own, byte[] remote) throws HandshakeFailedException {
        if (own == null || remote == null) {
            throw fail("the pattern needs a key this side does not have");
        }
        try {
            return X25519.dh(own.privateKey(), remote);
        } catch (InvalidKeyException ex) {
            throw fail("peer sent a low-order X25519 key (all-zero shared secret)");
        }
    }

    private Kem kem() throws HandshakeFailedException {
        if (kem == null) {
            throw fail("the pattern has KEM tokens but the protocol has no KEM");
        }
        return kem;
    }

    private void checkEncapsulationKey(byte[] key) throws HandshakeFailedException {
        try {
            kem().checkEncapsulationKey(key);
        } catch (InvalidKeyException ex) {
            throw fail("peer sent an invalid " + kem.name() + " public key: " + ex.getMessage());
        }
    }

    /** ekem1, writing side: a ciphertext for the KEM key received with e1. */
    private Kem.Encapsulation encapsulate() throws HandshakeFailedException {
        if (re1 == null) {
            throw fail("the pattern needs the peer's KEM key, which has not been received");
        }
        try {
            Kem.Encapsulation encapsulation = kem().encapsulate(re1, random);
            re1 = null;
            return encapsulation;
        } catch (InvalidKeyException ex) {
            throw fail("peer sent an invalid " + kem.name() + " public key: " + ex.getMessage());
        }
    }

    private KeyPair ownStatic() throws HandshakeFailedException {
        if (s == null) {
            throw fail("the pattern needs a static key this side does not have");
        }
        return s;
    }

    /** The end of a field of {@code length} bytes at {@code offset}, or failure when the message ends first. */
    private int need(byte[] message, int offset, int length) throws HandshakeFailedException {
        if (message.length - offset < length) {
            throw fail("handshake message too short");
        }
        return offset + length;
    }

    private HandshakeFailedException fail(String reason) {
        failed = true;
        return new HandshakeFailedException(reason);
    }
}
