package io.sotto.core.protocol;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection after the handshake: each frame is one record, and each record carries one or
 * more messages, each preceded by its length (docs/PROTOCOL.md, "Records").
 *
 * <p>Packing several messages into one record is what lets a busy server keep up: sealing costs
 * about the same for a short record as for a long one, so a writer that finds ten messages queued
 * for a client seals once instead of ten times, and the client opens once.
 *
 * <p>One thread receives. Sending is either through {@link #send(Message)} (synchronized, for the
 * client) or through {@link #sendEncoded(List)} from a single writer thread (the server's outbox)
 * — never both on one channel.
 */
public final class SecureChannel {
    /** Bytes before each message in a record: its length, big-endian. */
    static final int ENTRY_HEADER = 2;

    private final FrameConnection connection;
    private final RecordCipher sender;
    private final RecordCipher receiver;
    private final Serializer serializer;
    private final int maxRecordPlaintext;
    private byte[] unread = new byte[0];
    private int unreadOffset;

    public SecureChannel(FrameConnection connection, Established established) {
        this.connection = connection;
        this.sender = established.ciphers().sender();
        this.receiver = established.ciphers().receiver();
        this.serializer = established.serializer();
        this.maxRecordPlaintext = FrameLimits.MAX_FRAME_BYTES - sender.overhead();
    }

    /**
     * Waits for the next message.
     *
     * @return the message, or null when the peer closed the connection cleanly
     * @throws ProtocolException when a record fails authentication (forged, replayed, reordered)
     *     or its content is not a sequence of length-prefixed messages: the connection must close
     * @throws MalformedMessageException when a message decrypts but is not well formed; the
     *     channel is still in step and may go on
     */
    public Message receive() throws IOException, ProtocolException, MalformedMessageException {
        while (unreadOffset == unread.length) {
            byte[] record = connection.receive();
            if (record == null) {
                return null;
            }
            openRecord(record);
        }
        return serializer.decode(nextEntry());
    }

    /**
     * Opens a record that the caller read from the connection itself (an event loop polling it,
     * {@link FrameConnection#poll}); its messages then come from {@link #nextOpened()}. Called by
     * the one receiving thread, once the previous record's messages have all been taken.
     *
     * @throws ProtocolException when the record fails authentication or carries no message: the
     *     connection must close
     */
    public void openRecord(byte[] record) throws ProtocolException {
        unread = open(record);
        unreadOffset = 0;
        if (unread.length == 0) {
            throw new ProtocolException("bad_record", "a record carried no message");
        }
    }

    /**
     * The next message of the record opened last, or null when all have been taken.
     *
     * @throws MalformedMessageException when that message is not well formed; the next call goes on
     *     with the message after it
     */
    public Message nextOpened() throws ProtocolException, MalformedMessageException {
        return unreadOffset == unread.length ? null : serializer.decode(nextEntry());
    }

    /** Encodes with the negotiated serializer. */
    public byte[] encode(Message message) {
        return serializer.encode(message);
    }

    /** The negotiated serializer. */
    public Serializer serializer() {
        return serializer;
    }

    /** Seals one encoded message into a record of its own (tools and tests). */
    public byte[] seal(byte[] encoded) {
        return sealEntries(List.of(encoded), 0, 1, ENTRY_HEADER + encoded.length);
    }

    /**
     * Packs encoded messages into as few records as fit, seals them and writes them with one
     * write. Only the single writer of this channel calls it.
     */
    public void sendEncoded(List<byte[]> encoded) throws IOException {
        // Most batches fit in one record.
        List<byte[]> records = new ArrayList<>(1);
        int start = 0;
        int size = 0;
        for (int i = 0; i < encoded.size(); i++) {
            int entry = ENTRY_HEADER + checkedLength(encoded.get(i));
            if (size + entry > maxRecordPlaintext) {
                records.add(sealEntries(encoded, start, i, size));
                start = i;
                size = 0;
            }
            size += entry;
        }
        if (start < encoded.size()) {
            records.add(sealEntries(encoded, start, encoded.size(), size));
        }
        connection.send(records);
    }

    /** Encodes, seals and writes one message. Safe from several threads. */
    public synchronized void send(Message message) throws IOException {
        connection.send(seal(serializer.encode(message)));
    }

    /** The transport connection underneath. */
    public FrameConnection connection() {
        return connection;
    }

    private byte[] open(byte[] record) throws ProtocolException {
        try {
            return receiver.open(record);
        } catch (RecordRejectedException e) {
            throw new ProtocolException("bad_record",
                    "a record failed authentication (forged, replayed or out of order)", e);
        }
    }

    private byte[] nextEntry() throws ProtocolException {
        if (unread.length - unreadOffset < ENTRY_HEADER) {
            throw new ProtocolException("bad_record", "a record ends in the middle of a message length");
        }
        int length = ((unread[unreadOffset] & 0xff) << 8) | (unread[unreadOffset + 1] & 0xff);
        int start = unreadOffset + ENTRY_HEADER;
        if (length > unread.length - start) {
            throw new ProtocolException("bad_record", "a message length runs past the end of its record");
        }
        unreadOffset = start + length;
        return java.util.Arrays.copyOfRange(unread, start, start + length);
    }

    /** Lays the entries out in the record's own array and seals them in place: one array, one copy. */
    private byte[] sealEntries(List<byte[]> encoded, int from, int to, int size) {
        byte[] record = new byte[size + sender.overhead()];
        int at = 0;
        for (int i = from; i < to; i++) {
            byte[] message = encoded.get(i);
            record[at] = (byte) (message.length >>> 8);
            record[at + 1] = (byte) message.length;
            System.arraycopy(message, 0, record, at + ENTRY_HEADER, message.length);
            at += ENTRY_HEADER + message.length;
        }
        sender.seal(record, 0, size, record, 0);
        return record;
    }

    private int checkedLength(byte[] message) {
        if (message.length > maxRecordPlaintext - ENTRY_HEADER) {
            throw new IllegalArgumentException("a message of " + message.length + " bytes does not fit in a record");
        }
        return message.length;
    }
}
