package io.sotto.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write side of the framing, observed through the write calls it makes. */
class FramesTest {

    /** Records every write call. */
    private static final class RecordingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();

        @Override
        public void write(int b) {
            throw new AssertionError("single-byte writes are not expected");
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(len);
            bytes.write(b, off, len);
        }
    }

    @Test
    void manySmallFramesGoOutInOneWriteWithTheirPrefixes() throws IOException {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            frames.add(new byte[] {(byte) i, (byte) (i >> 8), 7});
        }
        frames.add(new byte[0]);
        RecordingStream out = new RecordingStream();
        Frames.write(out, frames, new BufferPool(1, Frames.SEND_BUFFER_BYTES));

        assertEquals(List.of(1_000 * 5 + 2), out.writes);
        byte[] wire = out.bytes.toByteArray();
        assertArrayEquals(new byte[] {0, 3, 0, 0, 7, 0, 3, 1, 0, 7}, java.util.Arrays.copyOf(wire, 10));
        assertArrayEquals(new byte[] {0, 0}, java.util.Arrays.copyOfRange(wire, wire.length - 2, wire.length));
    }

    @Test
    void aMaximalFrameGoesOutInOneWrite() throws IOException {
        RecordingStream out = new RecordingStream();
        byte[] frame = new byte[65_535];
        frame[0] = 1;
        frame[65_534] = 2;
        Frames.write(out, List.of(frame), new BufferPool(1, Frames.SEND_BUFFER_BYTES));
        assertEquals(List.of(65_537), out.writes);
        byte[] wire = out.bytes.toByteArray();
        assertEquals((byte) 0xff, wire[0]);
        assertEquals((byte) 0xff, wire[1]);
        assertEquals(1, wire[2]);
        assertEquals(2, wire[65_536]);
    }

    @Test
    void aBatchLargerThanTheBufferIsSplitIntoFullWritesAndStaysIntact() throws IOException {
        List<byte[]> frames = new ArrayList<>();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 50; i++) {
            byte[] frame = new byte[i * 37];
            java.util.Arrays.fill(frame, (byte) i);
            frames.add(frame);
            expected.write(frame.length >>> 8);
            expected.write(frame.length);
            expected.writeBytes(frame);
        }
        RecordingStream out = new RecordingStream();
        Frames.write(out, frames, new BufferPool(1, 1_000));
        assertArrayEquals(expected.toByteArray(), out.bytes.toByteArray());
        for (int i = 0; i < out.writes.size() - 1; i++) {
            assertEquals(1_000, out.writes.get(i), "write " + i + " of a split batch is full");
        }
    }

    @Test
    void anOversizedFrameIsRefusedBeforeAnythingIsWritten() {
        RecordingStream out = new RecordingStream();
        assertThrows(IllegalArgumentException.class, () -> Frames.write(out,
                List.of(new byte[10], new byte[65_536]), new BufferPool(1, 100)));
        assertEquals(List.of(), out.writes);
    }

    @Test
    void thePoolHandsBackTheSameBufferAndAllocatesWhenEmpty() {
        BufferPool pool = new BufferPool(1, 64);
        byte[] first = pool.take(10);
        assertEquals(64, first.length, "the pool fills itself with full-size buffers");
        byte[] second = pool.take(10);
        assertEquals(10, second.length, "beyond its size the pool allocates only what is needed");
        pool.give(second); // wrong size: dropped
        pool.give(first);
        assertSame(first, pool.take(10));
        assertEquals(10, pool.take(10).length);
    }
}
