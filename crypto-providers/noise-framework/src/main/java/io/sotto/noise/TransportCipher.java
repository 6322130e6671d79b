package io.sotto.noise;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * One direction of an established session: a CipherState from Split seen as the api's {@link
 * RecordCipher}. Why a wrapper: it maps Noise's decryption failure to the api's
 * {@link RecordRejectedException}, nothing more, so the hot path stays one call deep.
 */
final class TransportCipher implements RecordCipher {
    private final CipherState state;

    TransportCipher(CipherState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    @Override
    public int overhead() {
        return Aead.TAG_LENGTH;
    }

    @Override
    public int seal(byte[] plaintext, int offset, int length, byte[] out, int outOffset) {
        return state.encrypt(plaintext, offset, length, out, outOffset);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when the nonce space is used up (after 2^64-1 records)
     */
    @Override
    public byte[] open(byte[] record) throws RecordRejectedException {
        Objects.requireNonNull(record, "record");
        try {
            return state.decrypt(record);
        } catch (AEADBadTagException e) {
            throw new RecordRejectedException("record rejected: forged, tampered, replayed, reordered or truncated");
        }
    }
}
