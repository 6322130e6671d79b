package io.sotto.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.LongConsumer;

/**
 * One of a baseline run's read loops: a platform thread and a {@link Selector} watching its share
 * of the connections, as the load generator reads its sessions. Times every message whose send
 * time falls in the measured window.
 */
final class BaselineLoop {
    /** A read takes at least this much when it can: one read can bring many small frames. */
    private static final int MIN_BUFFER = 8 * 1024;

    private final Selector selector;
    private final Thread thread;
    private final Histogram latency = new Histogram();
    private long measureStart;
    private long measureEnd;
    /** Written by the loop only; volatile so that writers and the progress line can read it. */
    private volatile long received;
    private long errors;
    private String firstError;
    private volatile boolean closed;
    /** When the frames being taken were read; a field so that the receipt callback is made once. */
    private long readAt;
    private final LongConsumer receipts = this::receipt;

    BaselineLoop(int index) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for a baseline read loop", e);
        }
        thread = Thread.ofPlatform().name("baseline-read-loop-" + index).daemon().unstarted(this::run);
    }

    /** Adds a connection to read; only before {@link #start}. */
    void add(SocketChannel channel, BaselineLink link, int maxFrameBytes) throws IOException {
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ,
                new Reader(channel, link, ByteBuffer.allocate(Math.max(MIN_BUFFER, maxFrameBytes))));
    }

    void start(long measureStart, long measureEnd) {
        this.measureStart = measureStart;
        this.measureEnd = measureEnd;
        thread.start();
    }

    /** Messages received so far, measured or not. */
    long received() {
        return received;
    }

    /** The latencies of the measured messages; read after {@link #close}. */
    Histogram latency() {
        return latency;
    }

    long errors() {
        return errors;
    }

    String firstError() {
        return firstError;
    }

    /** Stops the loop and waits for it, so that what it recorded can be read; again, does nothing. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        selector.wakeup();
        if (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            // The run is over; a selector that fails to close holds nothing of value.
        }
    }

    private void run() {
        try {
            while (!closed) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    ((Reader) key.attachment()).readReady(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closed) {
                error("the read loop failed: " + e.getMessage());
            }
        }
    }

    private void error(String message) {
        errors++;
        if (firstError == null) {
            firstError = message;
        }
    }

    private void receipt(long sentNanos) {
        received++;
        if (sentNanos - measureStart >= 0 && sentNanos - measureEnd < 0) {
            latency.record(readAt - sentNanos);
        }
    }

    /** One connection's reading end: its buffer of bytes not yet made into frames. */
    private final class Reader {
        private final SocketChannel channel;
        private final BaselineLink link;
        private final ByteBuffer buffer;

        Reader(SocketChannel channel, BaselineLink link, ByteBuffer buffer) {
            this.channel = channel;
            this.link = link;
            this.buffer = buffer;
        }

        void readReady(SelectionKey key) {
            try {
                int read;
                while ((read = channel.read(buffer)) > 0 && !buffer.hasRemaining()) {
                    takeFrames();
                }
                takeFrames();
                if (read < 0) {
                    key.cancel();
                }
            } catch (IOException e) {
                key.cancel();
                if (!closed) {
                    error("a read failed: " + e.getMessage());
                }
            }
        }

        /** Hands every whole frame in the buffer to the link; keeps the rest for the next read. */
        private void takeFrames() {
            readAt = System.nanoTime();
            buffer.flip();
            try {
                while (buffer.remaining() >= BaselineLink.FRAME_HEADER) {
                    int length = buffer.getInt(buffer.position());
                    if (length < 0 || length > buffer.capacity() - BaselineLink.FRAME_HEADER) {
                        throw new BaselineLink.BadFrameException("a frame of " + length + " bytes does not fit");
                    }
                    if (buffer.remaining() < BaselineLink.FRAME_HEADER + length) {
                        break;
                    }
                    int body = buffer.position() + BaselineLink.FRAME_HEADER;
                    link.receive(buffer.array(), body, length, receipts);
                    buffer.position(body + length);
                }
            } catch (BaselineLink.BadFrameException e) {
                error(e.getMessage());
                buffer.clear().flip();
            }
            buffer.compact();
        }
    }
}
