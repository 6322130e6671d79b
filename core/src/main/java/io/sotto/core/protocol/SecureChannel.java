package io.sotto.core.protocol;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import io.sotto.api.transport.FrameConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection after the handshake: each frame is one record, each record one message.
 *
 * <p>One thread receives. Sending is either through {@link #send(Message)} (synchronized, for the
 * client) or by sealing with {@link #seal(byte[])} and writing batches from a single writer thread
 * (the server's outbox) — never both on one channel.
 */
public final class SecureChannel {
    private final FrameConnection connection;
    private final RecordCipher sender;
    private final RecordCipher receiver;
    private final Serializer serializer;

    public SecureChannel(FrameConnection connection, Established established) {
        this.connection = connection;
        this.sender = established.ciphers().sender();
        this.receiver = established.ciphers().receiver();
        this.serializer = established.serializer();
    }

    /**
     * Waits for the next message.
     *
     * @return the message, or null when the peer closed the connection cleanly
     * @throws ProtocolException when a record fails authentication (forged, replayed, reordered):
     *     the connection must be closed
     * @throws MalformedMessageException when a record decrypts but is not a well-formed message;
     *     the channel is still in step and may go on
     */
    public Message receive() throws IOException, ProtocolException, MalformedMessageException {
        byte[] record = connection.receive();
        if (record == null) {
            return null;
        }
        byte[] plaintext;
        try {
            plaintext = receiver.open(record);
        } catch (RecordRejectedException e) {
            throw new ProtocolException("bad_record",
                    "a record failed authentication (forged, replayed or out of order)", e);
        }
        return serializer.decode(plaintext);
    }

    /** Encodes with the negotiated serializer. */
    public byte[] encode(Message message) {
        return serializer.encode(message);
    }

    /** The negotiated serializer. */
    public Serializer serializer() {
        return serializer;
    }

    /** Seals one encoded message into a record. Only the single writer of this channel calls it. */
    public byte[] seal(byte[] plaintext) {
        return sender.seal(plaintext);
    }

    /** Seals and writes several encoded messages with one write. Only the single writer calls it. */
    public void sendEncoded(List<byte[]> plaintexts) throws IOException {
        List<byte[]> records = new ArrayList<>(plaintexts.size());
        for (byte[] plaintext : plaintexts) {
            records.add(sender.seal(plaintext));
        }
        connection.send(records);
    }

    /** Encodes, seals and writes one message. Safe from several threads. */
    public synchronized void send(Message message) throws IOException {
        connection.send(sender.seal(serializer.encode(message)));
    }

    /** The transport connection underneath. */
    public FrameConnection connection() {
        return connection;
    }
}
