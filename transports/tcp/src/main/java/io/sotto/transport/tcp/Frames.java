package io.sotto.transport.tcp;

import io.sotto.api.transport.FrameLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/** Writing frames: a 2-byte big-endian length, then the body; many frames per write call. */
final class Frames {

    /** Length of the prefix in front of every frame. */
    static final int HEADER_BYTES = 2;

    /**
     * Size of a pooled send buffer: one maximal frame with its prefix fits, so any single frame
     * goes out in one write, and a batch of small frames goes out in writes of up to 64 KiB.
     */
    static final int SEND_BUFFER_BYTES = FrameLimits.MAX_FRAME_BYTES + HEADER_BYTES;

    /** Shared by every connection in the process; a few buffers per core is plenty. */
    static final BufferPool SEND_BUFFERS =
            new BufferPool(Math.min(64, 4 * Runtime.getRuntime().availableProcessors()), SEND_BUFFER_BYTES);

    private Frames() {}

    /**
     * Writes {@code frames} with their length prefixes, gathered into as few {@code out.write}
     * calls as possible (one when they fit in one send buffer), then flushes. Every frame is
     * checked before anything is written, so a bad frame leaves the stream untouched.
     *
     * @throws IllegalArgumentException when a frame is longer than {@link
     *     FrameLimits#MAX_FRAME_BYTES}
     */
    static void write(OutputStream out, List<byte[]> frames, BufferPool pool) throws IOException {
        int count = frames.size();
        if (count == 0) {
            return;
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            byte[] frame = Objects.requireNonNull(frames.get(i), "frame");
            if (frame.length > FrameLimits.MAX_FRAME_BYTES) {
                throw new IllegalArgumentException("frame of " + frame.length
                        + " bytes exceeds the maximum of " + FrameLimits.MAX_FRAME_BYTES + " bytes");
            }
            total += HEADER_BYTES + frame.length;
        }
        byte[] chunk = pool.take((int) Math.min(total, Integer.MAX_VALUE));
        try {
            int fill = 0;
            for (int i = 0; i < count; i++) {
                byte[] frame = frames.get(i);
                int len = frame.length;
                if (chunk.length - fill < HEADER_BYTES) {
                    out.write(chunk, 0, fill);
                    fill = 0;
                }
                chunk[fill] = (byte) (len >>> 8);
                chunk[fill + 1] = (byte) len;
                fill += HEADER_BYTES;
                int off = 0;
                while (off < len) {
                    if (fill == chunk.length) {
                        out.write(chunk, 0, fill);
                        fill = 0;
                    }
                    int n = Math.min(len - off, chunk.length - fill);
                    System.arraycopy(frame, off, chunk, fill, n);
                    fill += n;
                    off += n;
                }
            }
            if (fill > 0) {
                out.write(chunk, 0, fill);
            }
            out.flush();
        } finally {
            pool.give(chunk);
        }
    }

    /** {@code host:port}, with an IPv6 literal in brackets. */
    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Removes the brackets around an IPv6 literal, if any. */
    static String unbracket(String host) {
        return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
    }
}
