package io.sotto.transport.tcp;

import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One TCP connection carrying length-prefixed frames, with blocking socket I/O meant to run on a
 * virtual thread.
 *
 * <p>Memory: an idle connection holds a {@value #SMALL_BUFFER}-byte read buffer (a polled one
 * {@value #POLLED_BUFFER}) and a few fields. The buffer grows to {@value #LARGE_BUFFER} bytes
 * while reads keep filling it (a burst of frames is then parsed with few system calls) and
 * shrinks back once the traffic calms down.
 * A frame body longer than the buffer is read straight into the array {@link #receive()} returns,
 * so the buffer never grows for a large frame. No write buffer is held between sends: {@link
 * #send(List)} borrows one from a shared pool.
 *
 * <p>A connection this transport made as a client sits on a {@link SocketChannel}, so an event
 * loop may take over its reads ({@link #startPolling()}): {@link #poll(List)} then reads the
 * non-blocking channel, and sends wait for room themselves ({@link NonBlockingOutput}). A connection accepted by the server's socket has no channel and is always
 * read by a blocked thread.
 *
 * <p>Threads: one thread may receive while another sends; close may come from any thread.
 */
final class TcpFrameConnection implements FrameConnection {

    /**
     * Read buffer of an idle or quiet connection. A server holds one per connection for as long
     * as the client stays, so it is sized for what a quiet client sends (a ping record is about
     * 50 bytes with its header) rather than for a message: a longer frame is read straight into
     * its own array after its first bytes, so this costs at most one more read for it.
     */
    static final int SMALL_BUFFER = 128;

    /** Read buffer while frames arrive faster than they are consumed. */
    static final int LARGE_BUFFER = 8 * 1024;

    /**
     * Smallest read buffer of a polled connection: a client's, which receives every message of
     * its rooms. A record of one chat message (about 200 bytes) then arrives in one read instead
     * of a 128-byte read, a larger buffer and a second read.
     */
    static final int POLLED_BUFFER = 2 * 1024;

    /**
     * Most bytes one {@link #poll} reads before it lets the event loop serve other connections.
     * It reads on while reads fill the space offered, so a connection with a backlog is drained in
     * one turn rather than one read per turn of the loop (which left the server's writers waiting
     * for room).
     */
    static final int POLL_BUDGET = 64 * 1024;

    private static final byte[] EMPTY = new byte[0];

    private final Socket socket;
    private final InputStream in;
    /** The socket's stream; once polling, a writer that waits for room in the non-blocking channel. */
    private volatile OutputStream out;
    /** Set once by {@link #startPolling()}, before the event loop takes over the reads. */
    private volatile boolean polling;
    private final int maxFrameBytes;

    // Receive state; touched only by the receiving thread.
    private byte[] buf = new byte[SMALL_BUFFER];
    /** The size {@link #buf} shrinks back to: {@link #SMALL_BUFFER}, or {@link #POLLED_BUFFER} once polling. */
    private int smallBuffer = SMALL_BUFFER;
    private int pos;
    private int lim;
    /** Bytes the last read into {@link #buf} returned, and whether it filled the space offered. */
    private int lastRead;
    private boolean lastReadFull;
    /** Whether the last read of any kind (buffer or pending body) filled the space offered. */
    private boolean lastOfferFilled;
    /** Length of the frame being received, or -1 between frames. */
    private int pendingLength = -1;
    /** Body of a frame being received straight from the socket (kept across a timeout). */
    private byte[] pendingBody;
    private int pendingFilled;

    // Receive timeout: 0 means none. Written by setReceiveTimeout, read by the receiving thread.
    private volatile int timeoutMillis;
    private int soTimeoutSet;
    private long deadlineNanos;

    TcpFrameConnection(Socket socket, int maxFrameBytes) throws IOException {
        this(socket, socket.getInputStream(), socket.getOutputStream(), maxFrameBytes);
    }

    /** For tests that observe the streams' calls; {@code in} and {@code out} belong to {@code socket}. */
    TcpFrameConnection(Socket socket, InputStream in, OutputStream out, int maxFrameBytes) {
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public byte[] receive() throws IOException {
        if (socket.isClosed()) {
            throw new SocketException("connection closed");
        }
        if (polling) {
            throw new IllegalStateException("this connection is polling: take its frames with poll()");
        }
        startDeadline();
        while (true) {
            byte[] frame = takeBufferedFrame();
            if (frame != null) {
                return frame;
            }
            if (readSome() < 0) {
                endOfStream();
                return null;
            }
        }
    }

    @Override
    public Optional<SelectableChannel> startPolling() throws IOException {
        SocketChannel channel = socket.getChannel();
        if (channel == null) {
            // Accepted by a server socket: a plain socket has no channel to select on.
            return Optional.empty();
        }
        channel.configureBlocking(false);
        out = new NonBlockingOutput(channel);
        smallBuffer = POLLED_BUFFER;
        if (buf.length < POLLED_BUFFER) {
            buf = Arrays.copyOf(buf, POLLED_BUFFER);
        }
        polling = true;
        return Optional.of(channel);
    }

    @Override
    public boolean poll(List<byte[]> frames) throws IOException {
        if (!polling) {
            throw new IllegalStateException("this connection is not polling: call startPolling() first");
        }
        int budget = POLL_BUDGET;
        while (true) {
            int read = readSome();
            byte[] frame;
            while ((frame = takeBufferedFrame()) != null) {
                frames.add(frame);
            }
            if (read < 0) {
                endOfStream();
                return false;
            }
            budget -= read;
            // A read that did not fill the space offered found the socket drained.
            if (!lastOfferFilled || budget <= 0) {
                return true;
            }
        }
    }

    /**
     * Takes the next whole frame from the bytes read so far, or returns null when they hold none
     * yet. A frame longer than what is buffered becomes the pending frame, whose body then takes
     * the buffered bytes (and, when much is missing, is read into straight from the socket).
     */
    private byte[] takeBufferedFrame() throws FrameTooLargeException {
        if (pendingLength < 0) {
            if (lim - pos < Frames.HEADER_BYTES) {
                return null;
            }
            int length = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
            if (length > maxFrameBytes) {
                // The header stays unconsumed: the stream is unusable, and a retry fails the same way.
                throw new FrameTooLargeException(length, maxFrameBytes);
            }
            pos += Frames.HEADER_BYTES;
            if (length == 0) {
                return EMPTY;
            }
            if (lim - pos >= length) {
                byte[] body = Arrays.copyOfRange(buf, pos, pos + length);
                pos += length;
                return body;
            }
            pendingLength = length;
            pendingBody = new byte[length];
            pendingFilled = 0;
        }
        int n = Math.min(lim - pos, pendingLength - pendingFilled);
        System.arraycopy(buf, pos, pendingBody, pendingFilled, n);
        pos += n;
        pendingFilled += n;
        if (pendingFilled < pendingLength) {
            return null;
        }
        byte[] body = pendingBody;
        pendingLength = -1;
        pendingBody = null;
        return body;
    }

    /**
     * One read: straight into the pending frame's body when at least a buffer's worth of it is
     * missing (the read buffer is then empty), otherwise into the read buffer.
     *
     * @return the bytes read: 0 only when polling and nothing has arrived, -1 at end of stream
     */
    private int readSome() throws IOException {
        if (readsIntoPendingBody()) {
            int n = read(pendingBody, pendingFilled, pendingLength - pendingFilled);
            if (n > 0) {
                pendingFilled += n;
            }
            return n;
        }
        makeRoom();
        int n = read(buf, lim, buf.length - lim);
        if (n > 0) {
            lim += n;
        }
        return n;
    }

    /** Whether {@link #readSome()} reads into the pending body: a buffer's worth or more of it is missing. */
    private boolean readsIntoPendingBody() {
        return pendingLength >= 0 && pendingLength - pendingFilled >= buf.length;
    }

    /**
     * At end of stream: returns quietly when it fell between frames (a clean close), and throws
     * when part of a frame had arrived.
     */
    private void endOfStream() throws EOFException {
        if (pendingLength >= 0) {
            throw new EOFException("connection closed in the middle of a frame: got " + pendingFilled
                    + " of " + pendingLength + " body bytes");
        }
        int have = lim - pos;
        if (have > 0) {
            throw new EOFException("connection closed in the middle of a frame header: got "
                    + have + " of " + Frames.HEADER_BYTES + " bytes");
        }
    }

    /**
     * Moves buffered bytes to the front and picks the buffer size: large after a read that
     * filled the buffer, small again when it is empty and the last read was small.
     */
    private void makeRoom() {
        int have = lim - pos;
        int size = buf.length;
        if (size < LARGE_BUFFER && lastReadFull) {
            size = LARGE_BUFFER;
        } else if (size == LARGE_BUFFER && have == 0 && lastRead < smallBuffer) {
            size = smallBuffer;
        }
        if (size != buf.length) {
            byte[] resized = new byte[size];
            System.arraycopy(buf, pos, resized, 0, have);
            buf = resized;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, have);
        }
        pos = 0;
        lim = have;
    }

    /** One read call; enforces the receive timeout as a deadline for the whole frame. */
    private int read(byte[] b, int off, int len) throws IOException {
        if (polling) {
            return remember(b, len, socket.getChannel().read(ByteBuffer.wrap(b, off, len)));
        }
        int timeout = timeoutMillis;
        if (timeout > 0) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                throw timedOut(timeout, null);
            }
            int millis = (int) Math.min(timeout, Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining + 999_999)));
            if (millis != soTimeoutSet) {
                socket.setSoTimeout(millis);
                soTimeoutSet = millis;
            }
        }
        int n;
        try {
            n = in.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw timedOut(timeout, e);
        }
        return remember(b, len, n);
    }

    /** Notes how full a read came back, for {@link #makeRoom()} and {@link #poll}; returns {@code n}. */
    private int remember(byte[] b, int len, int n) {
        lastOfferFilled = n == len;
        if (n > 0 && b == buf) {
            lastRead = n;
            lastReadFull = n == len;
        }
        return n;
    }

    private static SocketTimeoutException timedOut(int timeoutMillis, Throwable cause) {
        var e = new SocketTimeoutException("no whole frame received within " + timeoutMillis + " ms");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private void startDeadline() throws SocketException {
        int timeout = timeoutMillis;
        if (timeout > 0) {
            deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        } else if (soTimeoutSet != 0) {
            socket.setSoTimeout(0);
            soTimeoutSet = 0;
        }
    }

    @Override
    public void send(List<byte[]> frames) throws IOException {
        Frames.write(out, frames, Frames.SEND_BUFFERS);
    }

    /** The writer of a polling connection, null before {@link #startPolling()} (tests). */
    NonBlockingOutput nonBlockingOutput() {
        return out instanceof NonBlockingOutput output ? output : null;
    }

    @Override
    public void setReceiveTimeout(Duration timeout) throws IOException {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("receive timeout must not be negative: " + timeout);
        }
        int millis;
        if (timeout.isZero()) {
            millis = 0;
        } else {
            millis = timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) >= 0
                    ? Integer.MAX_VALUE
                    : (int) Math.max(1, timeout.toMillis());
        }
        socket.setSoTimeout(millis);
        soTimeoutSet = millis;
        timeoutMillis = millis;
    }

    @Override
    public String peerAddress() {
        InetAddress address = socket.getInetAddress();
        return address == null ? "unconnected" : Frames.hostPort(address.getHostAddress(), socket.getPort());
    }

    @Override
    public void close() {
        if (out instanceof NonBlockingOutput output) {
            output.close();
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing useful to do: the descriptor is released either way.
        }
    }

    @Override
    public String toString() {
        // No peer address here: addresses are logged only when the operator turns that on.
        return "TcpFrameConnection[" + (socket.isClosed() ? "closed" : "open") + "]";
    }
}
