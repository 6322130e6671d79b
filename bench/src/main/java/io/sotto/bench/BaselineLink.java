package io.sotto.bench;

import io.sotto.api.crypto.RecordCipher;
import io.sotto.api.crypto.RecordRejectedException;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Posted;
import io.sotto.api.message.Serializer;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;

/**
 * One baseline connection's two ends: the frame its writer puts on the wire for a batch of
 * messages, and what its reader does with a frame.
 *
 * <p>A batch is entries of {@code [2-byte length][8-byte send time][encoded message]}; a frame is
 * {@code [4-byte length][batch]}, or {@code [4-byte length][sealed batch]} on a sealed link. The
 * send time travels beside the message so that a plain link's reader need not decode to time it.
 */
abstract sealed class BaselineLink {
    /** The bytes of one entry besides the encoded message. */
    static final int ENTRY_HEADER = Short.BYTES + Long.BYTES;
    static final int FRAME_HEADER = Integer.BYTES;

    /** The frame of {@code batch} for this connection. */
    abstract ByteBuffer frame(byte[] batch);

    /**
     * Takes the body of one frame (from {@code offset}, {@code length} bytes) and hands the send
     * time of each message in it to {@code sendTimes}.
     *
     * @throws BadFrameException when the frame cannot be opened or a message cannot be decoded
     */
    abstract void receive(byte[] body, int offset, int length, LongConsumer sendTimes) throws BadFrameException;

    /** The bytes a frame of an {@code batchBytes}-byte batch takes on the wire. */
    abstract int frameBytes(int batchBytes);

    /** Reads the entries of a batch, calling {@code each} with the offset and length of each message. */
    static void entries(byte[] batch, int offset, int length, MessageCheck each, LongConsumer sendTimes)
            throws BadFrameException {
        ByteBuffer in = ByteBuffer.wrap(batch, offset, length);
        while (in.hasRemaining()) {
            if (in.remaining() < ENTRY_HEADER) {
                throw new BadFrameException("a batch ends inside an entry's header");
            }
            int size = Short.toUnsignedInt(in.getShort());
            long sent = in.getLong();
            if (in.remaining() < size) {
                throw new BadFrameException("a batch ends inside a message");
            }
            each.check(batch, in.position(), size);
            in.position(in.position() + size);
            sendTimes.accept(sent);
        }
    }

    @FunctionalInterface
    interface MessageCheck {
        void check(byte[] bytes, int offset, int length) throws BadFrameException;
    }

    /** Moves the bytes only: what the kernel's loopback path costs, with nothing on top. */
    static final class Plain extends BaselineLink {
        @Override
        ByteBuffer frame(byte[] batch) {
            ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER + batch.length);
            frame.putInt(batch.length).put(batch).flip();
            return frame;
        }

        @Override
        void receive(byte[] body, int offset, int length, LongConsumer sendTimes) throws BadFrameException {
            entries(body, offset, length, (bytes, from, size) -> { }, sendTimes);
        }

        @Override
        int frameBytes(int batchBytes) {
            return FRAME_HEADER + batchBytes;
        }
    }

    /**
     * Seals each write with a session's record cipher and has the reader open it and decode every
     * message: the least a Sotto delivery costs besides moving its bytes.
     */
    static final class Sealed extends BaselineLink {
        private final RecordCipher sender;
        private final RecordCipher receiver;
        private final Serializer serializer;

        Sealed(RecordCipher sender, RecordCipher receiver, Serializer serializer) {
            this.sender = sender;
            this.receiver = receiver;
            this.serializer = serializer;
        }

        @Override
        ByteBuffer frame(byte[] batch) {
            int sealedLength = batch.length + sender.overhead();
            byte[] frame = new byte[FRAME_HEADER + sealedLength];
            ByteBuffer.wrap(frame).putInt(sealedLength);
            sender.seal(batch, 0, batch.length, frame, FRAME_HEADER);
            return ByteBuffer.wrap(frame);
        }

        @Override
        void receive(byte[] body, int offset, int length, LongConsumer sendTimes) throws BadFrameException {
            byte[] record = new byte[length];
            System.arraycopy(body, offset, record, 0, length);
            byte[] batch;
            try {
                batch = receiver.open(record);
            } catch (RecordRejectedException e) {
                throw new BadFrameException("a record was rejected: " + e.getMessage());
            }
            entries(batch, 0, batch.length, this::decode, sendTimes);
        }

        private void decode(byte[] bytes, int offset, int length) throws BadFrameException {
            byte[] encoded = new byte[length];
            System.arraycopy(bytes, offset, encoded, 0, length);
            try {
                if (!(serializer.decode(encoded) instanceof Posted)) {
                    throw new BadFrameException("a message decoded as something other than a chat message");
                }
            } catch (MalformedMessageException e) {
                throw new BadFrameException("a message could not be decoded: " + e.getMessage());
            }
        }

        @Override
        int frameBytes(int batchBytes) {
            return FRAME_HEADER + batchBytes + sender.overhead();
        }
    }

    /** A frame the reader could not take: a bug in the baseline itself, reported as an error. */
    static final class BadFrameException extends Exception {
        BadFrameException(String message) {
            super(message);
        }
    }
}
