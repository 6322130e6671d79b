package io.sotto.api.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One connection that carries whole frames in both directions.
 *
 * <p>One thread may receive while another sends. Sending from several threads at once is not
 * supported: callers serialize their sends (Sotto's core uses one writer per connection).
 */
public interface FrameConnection extends AutoCloseable {

    /**
     * Blocks until the next whole frame arrives.
     *
     * @return the frame body, or {@code null} when the peer closed the connection cleanly
     *     between frames
     * @throws FrameTooLargeException when the announced length exceeds the limit; nothing of the
     *     frame was buffered
     * @throws java.net.SocketTimeoutException when the read timeout passes with no whole frame
     * @throws IOException when the connection fails or ends in the middle of a frame
     */
    byte[] receive() throws IOException;

    /** Sends one frame and flushes it. */
    default void send(byte[] frame) throws IOException {
        send(List.of(frame));
    }

    /**
     * Sends several frames, in order, with as few writes as the transport can manage, and flushes
     * them. Each frame must be no longer than {@link FrameLimits#MAX_FRAME_BYTES}.
     */
    void send(List<byte[]> frames) throws IOException;

    /**
     * Sets how long {@link #receive()} waits for a whole frame before failing; {@link
     * Duration#ZERO} waits forever.
     */
    void setReceiveTimeout(Duration timeout) throws IOException;

    /** The peer's address, e.g. {@code 127.0.0.1:53122}; only for logs the operator turned on. */
    String peerAddress();

    /** Closes the connection; a blocked {@link #receive()} then fails. Idempotent. */
    @Override
    void close();
}
