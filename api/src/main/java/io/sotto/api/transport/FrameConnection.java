package io.sotto.api.transport;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One connection that carries whole frames in both directions.
 *
 * <p>One thread may receive while another sends. Sending from several threads at once is not
 * supported: callers serialize their sends (Sotto's core uses one writer per connection).
 *
 * <p>A connection is read in one of two ways: by a thread blocked in {@link #receive()} (the
 * default, and all a transport must offer), or, when the transport can, by an event loop that
 * watches many connections with a {@link java.nio.channels.Selector} and takes the frames of
 * whichever is readable ({@link #startPolling()}, {@link #poll(List)}). The second is for a
 * process that holds many connections as a client, such as the load generator: one thread woken
 * once for many ready connections costs far less than a parked thread per connection, each woken
 * on its own.
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

    /**
     * Switches this connection's reads to non-blocking mode for an event loop, when the transport
     * can. Returns the channel to register with a {@link java.nio.channels.Selector} for {@link
     * java.nio.channels.SelectionKey#OP_READ}; from then on frames are taken with {@link
     * #poll(List)} and {@link #receive()} must not be called. Bytes that earlier receives
     * already read from the socket come out of the next poll, so the caller polls once right
     * after registering the channel, without waiting for the selector. Sends still return only
     * once written. Call it while no thread is in {@link #receive()}. Empty (the default) when
     * the connection can only be read by blocking in {@link #receive()}; it is then unchanged.
     */
    default Optional<SelectableChannel> startPolling() throws IOException {
        return Optional.empty();
    }

    /**
     * After {@link #startPolling()}: reads what has arrived, without waiting, and adds to {@code
     * frames} every whole frame that is now buffered, in order (possibly none: a frame may arrive
     * in parts). Meant to be called when the selector reports the channel readable; a transport
     * may stop reading after a bound of its own, and what it left makes the channel readable
     * again.
     *
     * @return false when the peer closed the connection cleanly between frames (after adding
     *     the frames before the close)
     * @throws FrameTooLargeException when an announced length exceeds the limit
     * @throws IOException when the connection fails or ends in the middle of a frame
     * @throws IllegalStateException when the connection is not polling
     */
    default boolean poll(List<byte[]> frames) throws IOException {
        throw new IllegalStateException("this connection is not polling: call startPolling() first");
    }

    /** The peer's address, e.g. {@code 127.0.0.1:53122}; only for logs the operator turned on. */
    String peerAddress();

    /** Closes the connection; a blocked {@link #receive()} then fails. Idempotent. */
    @Override
    void close();
}
