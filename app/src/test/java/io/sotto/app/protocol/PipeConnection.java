package io.sotto.app.protocol;

import io.sotto.api.transport.FrameConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One end of an in-memory frame pipe that also records every frame it sends, so a test can show
 * the exact bytes of an exchange. Used only where the bytes, not the network, are under test.
 */
final class PipeConnection implements FrameConnection {
    private final BlockingQueue<byte[]> inbox;
    private final BlockingQueue<byte[]> outbox;
    final List<byte[]> sent = new ArrayList<>();

    private PipeConnection(BlockingQueue<byte[]> inbox, BlockingQueue<byte[]> outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** Two connected ends: [client, server]. */
    static PipeConnection[] pair() {
        BlockingQueue<byte[]> toServer = new LinkedBlockingQueue<>();
        BlockingQueue<byte[]> toClient = new LinkedBlockingQueue<>();
        return new PipeConnection[] {new PipeConnection(toClient, toServer), new PipeConnection(toServer, toClient)};
    }

    @Override
    public byte[] receive() throws java.io.IOException {
        try {
            byte[] frame = inbox.poll(10, TimeUnit.SECONDS);
            if (frame == null) {
                throw new java.net.SocketTimeoutException("nothing received within 10 s");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }

    @Override
    public synchronized void send(List<byte[]> frames) {
        for (byte[] frame : frames) {
            sent.add(frame.clone());
            outbox.add(frame.clone());
        }
    }

    @Override
    public void setReceiveTimeout(Duration timeout) {}

    @Override
    public String peerAddress() {
        return "pipe";
    }

    @Override
    public void close() {}
}
