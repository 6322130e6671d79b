package io.sotto.app.e2e;

import io.sotto.api.transport.FrameConnection;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * A plain-socket frame connection with a 4 KiB receive window, so that a client that stops
 * reading backs the server up after a few megabytes instead of the tens that loopback TCP can
 * buffer by default.
 */
final class TinyWindowConnection implements FrameConnection {
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    TinyWindowConnection(int port) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(4_096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    @Override
    public byte[] receive() throws IOException {
        int length;
        try {
            length = in.readUnsignedShort();
        } catch (EOFException e) {
            return null;
        }
        byte[] frame = new byte[length];
        in.readFully(frame);
        return frame;
    }

    @Override
    public void send(List<byte[]> frames) throws IOException {
        for (byte[] frame : frames) {
            out.writeShort(frame.length);
            out.write(frame);
        }
        out.flush();
    }

    @Override
    public void setReceiveTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    @Override
    public String peerAddress() {
        return socket.getRemoteSocketAddress().toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
