package io.sotto.transport.tcp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Writes to a channel in non-blocking mode (its reads belong to an event loop) as a blocking
 * write would: when the socket's send buffer is full, waits on a selector of its own until there
 * is room. That selector is opened the first time the buffer is full, so a connection whose
 * writes always fit holds none.
 *
 * <p>Writers are serialized by the connection's callers; {@link #close()} may come from any thread
 * and ends a wait in progress.
 */
final class NonBlockingOutput extends OutputStream {
    private final SocketChannel channel;
    private Selector writable;
    private volatile boolean closed;

    NonBlockingOutput(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                awaitRoom();
            }
        }
    }

    private void awaitRoom() throws IOException {
        try {
            synchronized (this) {
                if (closed) {
                    throw new IOException("connection closed");
                }
                if (writable == null) {
                    writable = Selector.open();
                    channel.register(writable, SelectionKey.OP_WRITE);
                }
            }
            writable.select();
            writable.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
            throw new IOException("connection closed", e);
        }
    }

    /** Whether a write ever had to wait for room (tests). */
    synchronized boolean waitedForRoom() {
        return writable != null;
    }

    /** Releases the selector, if one was opened; a write waiting for room then fails. */
    @Override
    public void close() {
        Selector selector;
        synchronized (this) {
            closed = true;
            selector = writable;
        }
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // Its descriptor is released either way.
            }
        }
    }
}
