package io.sotto.bench.jmh;

import io.sotto.api.transport.FrameConnection;
import java.time.Duration;
import java.util.List;

/**
 * A connection that frames what is sent (2-byte big-endian length, then the body, as on the
 * wire) into one reused buffer and goes no further: the cost of framing and copying without a
 * system call. Receives nothing.
 */
final class MemoryConnection implements FrameConnection {
    private byte[] buffer = new byte[64 * 1024];
    private long bytesWritten;

    @Override
    public byte[] receive() {
        return null;
    }

    @Override
    public void send(List<byte[]> frames) {
        int need = 0;
        for (byte[] frame : frames) {
            need += 2 + frame.length;
        }
        if (need > buffer.length) {
            buffer = new byte[Math.max(need, buffer.length * 2)];
        }
        int at = 0;
        for (byte[] frame : frames) {
            buffer[at++] = (byte) (frame.length >>> 8);
            buffer[at++] = (byte) frame.length;
            System.arraycopy(frame, 0, buffer, at, frame.length);
            at += frame.length;
        }
        bytesWritten += at;
    }

    /** Everything "written" so far; read it so the work cannot be optimized away. */
    long bytesWritten() {
        return bytesWritten;
    }

    @Override
    public void setReceiveTimeout(Duration timeout) {}

    @Override
    public String peerAddress() {
        return "memory";
    }

    @Override
    public void close() {}
}
