package io.sotto.ui.console;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/** Standard input for a test: what the test types arrives byte by byte; {@link #close()} is end of input. */
final class Keyboard extends InputStream {
    private static final int END = -1;
    private final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

    void type(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            bytes.add(b & 0xFF);
        }
    }

    @Override
    public int read() {
        try {
            int b = bytes.take();
            if (b == END) {
                bytes.add(END);
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int first = read();
        if (first == END) {
            return END;
        }
        buffer[off] = (byte) first;
        int n = 1;
        while (n < len) {
            Integer next = bytes.peek();
            if (next == null || next == END) {
                break;
            }
            buffer[off + n++] = (byte) (int) bytes.poll();
        }
        return n;
    }

    @Override
    public int available() {
        Integer next = bytes.peek();
        return next == null || next == END ? 0 : bytes.size();
    }

    @Override
    public void close() {
        bytes.add(END);
    }
}
