package io.sotto.transport.websocket;

import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameTooLargeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client connection over the JDK's {@link java.net.http.WebSocket}.
 *
 * <p>Receiving: the JDK delivers a message only after it is asked to ({@link WebSocket#request}),
 * so this connection asks for the next message only while its {@link Inbox} has room: a client
 * that does not keep up stops reading from the socket (real backpressure, through TCP flow
 * control), and never buffers more than the inbox bound. Parts of a message are collected
 * until its last part, and the message is refused (close code 1009) as soon as the parts exceed
 * the frame limit.
 *
 * <p>Sending: the JDK allows one outstanding send; {@link #send(List)} sends the frames one after
 * the other and waits for each, which also blocks the caller when the server does not read.
 */
final class ClientConnection implements FrameConnection, WebSocket.Listener {

    private final int maxFrameBytes;
    private final String peer;
    private final Inbox inbox = new Inbox(WsSupport.INBOX_FRAMES, WsSupport.INBOX_BYTES);
    private final AtomicBoolean closing = new AtomicBoolean();
    /** A send is waiting for the JDK; close() then aborts instead of queueing a close message. */
    private volatile boolean sending;
    private final Object demandLock = new Object();
    private volatile WebSocket socket;
    private volatile int timeoutMillis;

    // Parts of the message being received; touched only by the JDK's delivery (one at a time).
    private ByteBuffer partial;
    private int partialLength;

    /** A message is wanted but was not requested because the inbox was full. */
    private boolean demandOwed;

    ClientConnection(int maxFrameBytes, String peer) {
        this.maxFrameBytes = maxFrameBytes;
        this.peer = peer;
    }

    /**
     * Called by the transport once the opening handshake is done: the JDK does not promise that
     * {@link #onOpen} runs before {@code buildAsync}'s future completes.
     */
    void opened(WebSocket webSocket) {
        socket = webSocket;
    }

    // ---- WebSocket.Listener: called by the JDK, one call at a time --------------------------

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        int length = partialLength + data.remaining();
        if (length > maxFrameBytes) {
            partial = null;
            refuse(new FrameTooLargeException(length, maxFrameBytes), WsSupport.TOO_BIG, "frame too large");
            return null;
        }
        if (!last) {
            if (partial == null) {
                partial = ByteBuffer.allocate(Math.min(maxFrameBytes, Math.max(1_024, 2 * length)));
            } else if (partial.remaining() < data.remaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.min(maxFrameBytes, Math.max(2 * partial.capacity(), length)));
                bigger.put(partial.flip());
                partial = bigger;
            }
            partial.put(data);
            partialLength = length;
            webSocket.request(1);
            return null;
        }
        byte[] frame = length == 0 ? WsSupport.empty() : new byte[length];
        int offset = 0;
        if (partial != null) {
            partial.flip();
            offset = partial.remaining();
            partial.get(frame, 0, offset);
            partial = null;
        }
        data.get(frame, offset, length - offset);
        partialLength = 0;
        if (!inbox.offer(frame)) {
            if (!inbox.isTerminal()) {
                // Cannot happen: a message is requested only when there is room for it.
                refuse(new IOException("receive queue overflow"), WsSupport.INTERNAL_ERROR, "receive queue overflow");
            }
            return null;
        }
        requestIfRoom();
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        refuse(new IOException("the server sent a text WebSocket message; Sotto frames travel as binary messages"),
                WsSupport.UNSUPPORTED_DATA, "binary messages only");
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (WsSupport.isClean(statusCode)) {
            inbox.end();
        } else {
            inbox.fail(new IOException("the server closed the WebSocket connection with "
                    + WsSupport.describe(statusCode, reason)));
        }
        // Returning completes the close handshake: the JDK answers with a close of its own.
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        IOException failure = new IOException("WebSocket connection to " + peer + " failed: " + error.getMessage());
        failure.initCause(error);
        inbox.fail(failure);
    }

    /** Fails the inbox and closes with {@code code}, unless a close has already begun. */
    private void refuse(IOException failure, int code, String reason) {
        // Claim the close first: the caller, woken by the failure, closes too, and must not win.
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        inbox.fail(failure);
        WebSocket ws = socket;
        try {
            ws.sendClose(code, WsSupport.reason(reason)).whenComplete((w, e) -> ws.abort());
        } catch (RuntimeException e) {
            ws.abort();
        }
    }

    /** Asks the JDK for the next message if the inbox has room for one more; else owes it. */
    private void requestIfRoom() {
        synchronized (demandLock) {
            if (inbox.hasRoomFor(maxFrameBytes)) {
                demandOwed = false;
                socket.request(1);
            } else {
                demandOwed = true;
            }
        }
    }

    // ---- FrameConnection ----------------------------------------------------------------------

    @Override
    public byte[] receive() throws IOException {
        byte[] frame = inbox.take(timeoutMillis);
        if (frame != null) {
            synchronized (demandLock) {
                if (demandOwed && inbox.hasRoomFor(maxFrameBytes)) {
                    demandOwed = false;
                    socket.request(1);
                }
            }
        }
        return frame;
    }

    @Override
    public void send(List<byte[]> frames) throws IOException {
        WsSupport.checkOutgoing(frames);
        for (byte[] frame : frames) {
            if (closing.get()) {
                throw new SocketException("connection closed");
            }
            sending = true;
            try {
                if (closing.get()) {
                    throw new SocketException("connection closed");
                }
                socket.sendBinary(ByteBuffer.wrap(frame), true).get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (closing.get()) {
                    throw new SocketException("connection closed");
                }
                IOException failure = new IOException("sending to " + peer + " failed: " + cause.getMessage());
                failure.initCause(cause);
                throw failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException failure = new InterruptedIOException("interrupted while sending");
                failure.initCause(e);
                throw failure;
            } catch (IllegalStateException e) {
                throw new IOException("sending to " + peer + " failed: " + e.getMessage(), e);
            } finally {
                sending = false;
            }
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

    /**
     * Sends a normal close (1000) and lets the server answer; the connection is cut after {@link
     * WsSupport#CLOSE_GRACE} if it does not. A blocked {@code receive()} fails at once.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        inbox.closeLocally();
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        if (sending) {
            ws.abort(); // the blocked send fails at once
            return;
        }
        // Nothing more is read for the caller; let everything through so the server's close arrives.
        ws.request(Long.MAX_VALUE);
        try {
            ws.sendClose(WsSupport.NORMAL, "").whenComplete((w, e) -> {
                if (e != null) {
                    ws.abort();
                } else {
                    WsSupport.TIMER.schedule(ws::abort, WsSupport.CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            });
        } catch (RuntimeException e) {
            ws.abort();
        }
    }

    @Override
    public String toString() {
        return "WebSocketClientConnection[" + (closing.get() ? "closed" : "open") + "]";
    }
}
