package io.sotto.transport.websocket;

import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameTooLargeException;
import java.io.IOException;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.BinaryFrame;
import org.java_websocket.framing.Framedata;

/**
 * One accepted WebSocket connection, seen as a {@link FrameConnection}.
 *
 * <p>Receiving: the library decodes on one of its worker threads and calls {@link #onBinary};
 * the frame goes into a bounded {@link Inbox} that {@link #receive()} (the handler's virtual
 * thread) reads. The library cannot pause reading one connection (its worker threads are shared
 * by all connections, so blocking one would stall others), so a peer that sends faster than the
 * handler reads is cut off with close code 1008 once {@value WsSupport#INBOX_FRAMES} frames or
 * {@value WsSupport#INBOX_BYTES} bytes are waiting; the handler reads the queued frames, then an
 * IOException that says so.
 *
 * <p>Sending: the library queues outgoing data without bound, so {@link #send(List)} waits (on
 * the caller's thread) while more than {@value #HIGH_WATER_BYTES} bytes are still queued for
 * this connection — as a TCP write blocks on a full socket buffer — and the caller's own bounded
 * queue then shows a slow peer.
 *
 * <p>Nothing is sent before the peer has sent something (a ping, a message, a close): the JDK's
 * client loses bytes that arrive together with the upgrade response (its HTTP layer reads them,
 * and they are dropped when the WebSocket takes the connection over), so a server that speaks
 * first can have its first frames cut. {@link ClientConnection} pings as soon as it is open; a
 * Sotto client speaks first in any case (the handshake's first message is the client's).
 */
final class ServerConnection implements FrameConnection {

    /** Outbound bytes the library may hold for this connection before {@code send} waits. */
    static final int HIGH_WATER_BYTES = 256 * 1024;

    /** Longest park while waiting for the outbound queue to drain; wake-ups usually come first. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final WebSocketImpl socket;
    private final GuardedChannel channel;
    private final int maxFrameBytes;
    private final String peer;
    private final Inbox inbox = new Inbox(WsSupport.INBOX_FRAMES, WsSupport.INBOX_BYTES);
    private final AtomicBoolean closing = new AtomicBoolean();
    /** The peer has sent something: it reads what it is sent (see the class comment). */
    private volatile boolean heardFromPeer;
    /** Why the connection ended, for the message of a send that finds it closed; null while open. */
    private volatile String endedBecause;
    private volatile int timeoutMillis;

    ServerConnection(WebSocketImpl socket, GuardedChannel channel, int maxFrameBytes) {
        this.socket = socket;
        this.channel = channel;
        this.maxFrameBytes = maxFrameBytes;
        this.peer = WsSupport.hostPort(socket.getRemoteSocketAddress());
    }

    // ---- called by the library, on its threads ---------------------------------------------

    /** A ping, a pong or the start of a message arrived: the peer's reading side is ready. */
    void onHeardFromPeer() {
        if (!heardFromPeer) {
            heardFromPeer = true;
            channel.wake();
        }
    }

    /** A whole binary message arrived. */
    void onBinary(ByteBuffer message) {
        onHeardFromPeer();
        int length = message.remaining();
        if (length > maxFrameBytes) {
            refuse(new FrameTooLargeException(length, maxFrameBytes), WsSupport.TOO_BIG, "frame too large");
            return;
        }
        byte[] frame = length == 0 ? WsSupport.empty() : new byte[length];
        message.get(frame);
        if (!inbox.offer(frame) && !inbox.isTerminal()) {
            refuse(new IOException("the peer sent faster than the server reads: more than "
                    + inbox.maxFrames() + " frames or " + inbox.maxBytes() + " bytes waiting; connection closed"),
                    WsSupport.POLICY_VIOLATION, "receive queue full");
        }
    }

    /** A text message arrived: not part of the protocol. */
    void onText() {
        onHeardFromPeer();
        refuse(new IOException("the peer sent a text WebSocket message; Sotto frames travel as binary messages"),
                WsSupport.UNSUPPORTED_DATA, "binary messages only");
    }

    /** The library started closing on its own, e.g. for an oversized or malformed frame. */
    void onLocalCloseStarted(int code, String reason) {
        if (closing.get()) {
            return; // our own close()
        }
        noteEnd("this side closed it with " + WsSupport.describe(code, reason));
        if (code == WsSupport.TOO_BIG) {
            // The library checks the announced length before buffering but does not report it.
            inbox.fail(new FrameTooLargeException(maxFrameBytes + 1, maxFrameBytes));
        } else {
            inbox.fail(new IOException("WebSocket connection closed by this side: "
                    + WsSupport.describe(code, reason)));
        }
    }

    /** The library met an error on this connection; it closes the connection itself. */
    void onError(Exception error) {
        noteEnd("error: " + error);
    }

    /** The connection is gone. */
    void onClosed(int code, String reason, boolean remote) {
        String closedWith = WsSupport.describe(code, reason);
        noteEnd((remote ? "the peer closed it with " : "it was lost: ") + closedWith);
        if (remote && WsSupport.isClean(code)) {
            inbox.end();
        } else {
            inbox.fail(new IOException((remote ? "the peer closed the WebSocket connection with "
                    : "WebSocket connection lost: ") + closedWith));
        }
        channel.wake();
    }

    /** Fails the inbox and closes with {@code code}, unless a close has already begun. */
    private void refuse(IOException failure, int code, String reason) {
        // Claim the close first: the handler, woken by the failure, closes too, and must not win.
        if (closing.compareAndSet(false, true)) {
            noteEnd(failure.getMessage());
            inbox.fail(failure);
            channel.wake();
            closeSocket(code, reason);
        }
    }

    // ---- FrameConnection ----------------------------------------------------------------------

    @Override
    public byte[] receive() throws IOException {
        return inbox.take(timeoutMillis);
    }

    @Override
    public void send(List<byte[]> frames) throws IOException {
        WsSupport.checkOutgoing(frames);
        if (frames.isEmpty()) {
            return;
        }
        while (!channel.awaitProgress(this::drained, MAX_PARK_NANOS)) {
            if (closing.get() || !socket.isOpen()) {
                throw closed();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted while waiting to send");
            }
        }
        List<Framedata> out = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            BinaryFrame binary = new BinaryFrame();
            binary.setPayload(ByteBuffer.wrap(frame));
            out.add(binary);
        }
        try {
            socket.sendFrame(out);
        } catch (WebsocketNotConnectedException e) {
            throw closed();
        }
    }

    /** Whether the peer has spoken and the library's outbound queue is below the high-water mark. */
    private boolean drained() {
        if (closing.get() || !socket.isOpen() || !heardFromPeer) {
            return false;
        }
        long queued = 0;
        for (ByteBuffer b : socket.outQueue) {
            queued += b.remaining();
            if (queued > HIGH_WATER_BYTES) {
                return false;
            }
        }
        return true;
    }

    private SocketException closed() {
        String why = endedBecause;
        return new SocketException(why == null ? "connection closed" : "connection closed: " + why);
    }

    /** Keeps the first reason the connection ended. */
    private void noteEnd(String why) {
        if (endedBecause == null) {
            endedBecause = why;
        }
    }

    @Override
    public void setReceiveTimeout(Duration timeout) {
        timeoutMillis = WsSupport.millis(timeout, "receive timeout");
    }

    @Override
    public String peerAddress() {
        return peer;
    }

    @Override
    public void close() {
        closeWith(WsSupport.NORMAL, "");
    }

    /** Closes with a WebSocket close code; the first close wins. */
    void closeWith(int code, String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        noteEnd("this side closed it");
        inbox.closeLocally();
        channel.wake();
        closeSocket(code, reason);
    }

    /** Starts the close handshake and cuts the connection if the peer does not answer in time. */
    private void closeSocket(int code, String reason) {
        socket.close(code, WsSupport.reason(reason));
        WsSupport.TIMER.schedule(() -> {
            if (!socket.isClosed()) {
                socket.closeConnection(WsSupport.ABNORMAL, "close handshake timed out");
            }
        }, WsSupport.CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String toString() {
        // No peer address here: addresses are logged only when the operator turns that on.
        return "WebSocketServerConnection[" + (socket.isOpen() ? "open" : "closed") + "]";
    }
}
