package io.sotto.api.crypto;

/**
 * Protects the records of one direction of a session: AEAD with a key of its own and a counter
 * nonce that starts at 0 and increases by one per record (Noise transport messages, empty
 * associated data).
 *
 * <p>Because the nonce is implicit, a replayed, reordered, dropped or forged record fails to
 * open, and every later one fails too. Not thread-safe: one writer seals, one reader opens.
 */
public interface RecordCipher {

    /** Bytes a sealed record adds to its plaintext (the AEAD tag, 16 for AES-GCM and ChaChaPoly). */
    int overhead();

    /**
     * Seals {@code length} bytes of {@code plaintext} from {@code offset} into {@code out} at
     * {@code outOffset}, which must have room for {@code length + overhead()} bytes. {@code out}
     * may be {@code plaintext} itself with {@code outOffset == offset}: sealing in place saves a
     * server one copy of every record, so every implementation must allow it.
     *
     * @return the number of bytes written
     * @throws IllegalStateException when the nonce space is used up (after 2^64-1 records)
     */
    int seal(byte[] plaintext, int offset, int length, byte[] out, int outOffset);

    /** Seals a whole array into a new one. */
    default byte[] seal(byte[] plaintext) {
        byte[] out = new byte[plaintext.length + overhead()];
        seal(plaintext, 0, plaintext.length, out, 0);
        return out;
    }

    /**
     * Opens the next record.
     *
     * @throws RecordRejectedException when the record is forged, tampered with, replayed or out
     *     of order; the session must then be closed
     */
    byte[] open(byte[] record) throws RecordRejectedException;
}
