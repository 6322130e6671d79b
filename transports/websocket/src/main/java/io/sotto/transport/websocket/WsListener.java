package io.sotto.transport.websocket;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.Listener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;

/**
 * A bound WebSocket server: the library's selector thread accepts and does all socket I/O, its
 * worker threads decode, and each opened connection is served on a virtual thread of its own,
 * closed when its handler returns (close code 1000) or throws (1011).
 *
 * <p>The listening socket is bound here, before the library starts, so a bind failure is an
 * exception from {@code listen} that names the address. {@link #close()} closes that socket (new
 * connections are refused at once) and leaves open connections alone; the library's threads stop
 * when the last of them ends.
 */
final class WsListener implements Listener {

    private static final System.Logger LOG = System.getLogger(WsListener.class.getName());

    /** Time allowed from the TCP accept to a completed WebSocket upgrade. */
    static final long HANDSHAKE_TIMEOUT_MILLIS = 10_000;

    /** Ping interval of the library's dead-connection check, in seconds (below common proxy idle timeouts). */
    static final int PING_INTERVAL_SECONDS = 30;

    private final ServerSocketChannel channel;
    private final Server server;
    private final ConnectionHandler handler;
    private final int maxFrameBytes;
    private final int port;
    private final URI uri;
    private final ThreadFactory connectionThreads;
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private WsListener(ServerSocketChannel channel, String host, ConnectionHandler handler, int maxFrameBytes) {
        this.channel = channel;
        this.handler = handler;
        this.maxFrameBytes = maxFrameBytes;
        this.port = channel.socket().getLocalPort();
        this.uri = uriFor(host, channel.socket().getInetAddress(), port);
        this.connectionThreads = Thread.ofVirtual().name("sotto-websocket-" + port + "-conn-", 0).factory();
        this.server = new Server(channel);
    }

    /** Starts serving on a bound channel; waits until the library runs. */
    static WsListener start(ServerSocketChannel channel, String host, ConnectionHandler handler, int maxFrameBytes)
            throws IOException {
        WsListener listener = new WsListener(channel, host, handler, maxFrameBytes);
        listener.server.start();
        try {
            listener.started.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            listener.close();
            throw new IOException("cannot start the WebSocket server on port " + listener.port + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            listener.close();
            throw new IOException("the WebSocket server on port " + listener.port + " did not start within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.close();
            throw new java.io.InterruptedIOException("interrupted while starting the WebSocket server");
        }
        return listener;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public URI uri() {
        return uri;
    }

    /** Stops accepting (the port is released at once); open connections go on. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the WebSocket listening socket on port " + port + " failed", e);
        }
        stopIfIdle();
    }

    /** Once closed and with no connection left, stops the library's threads (never on one of them). */
    private void stopIfIdle() {
        if (closed && open.get() == 0) {
            Thread.ofVirtual().name("sotto-websocket-" + port + "-stop").start(() -> {
                try {
                    server.stop(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private void serve(ServerConnection connection) {
        try {
            connectionThreads.newThread(() -> run(connection)).start();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "cannot start a thread for an accepted WebSocket connection: " + e);
            connection.closeWith(WsSupport.INTERNAL_ERROR, "server overloaded");
        }
    }

    private void run(ServerConnection connection) {
        try {
            handler.handle(connection);
            connection.close();
        } catch (Throwable t) {
            // A handler's failure ends its own connection, never the listener. The class name
            // only at WARNING: a message might carry data the operator did not ask to log.
            LOG.log(Level.WARNING, "connection handler failed with " + t.getClass().getName()
                    + " (details at DEBUG level)");
            LOG.log(Level.DEBUG, "connection handler failure", t);
            connection.closeWith(WsSupport.INTERNAL_ERROR, "server error");
        }
    }

    /**
     * The URI a client on this machine would use: the configured host, or the loopback address
     * when the listener is bound to every interface.
     */
    static URI uriFor(String host, InetAddress bound, int port) {
        String h = WsSupport.unbracket(host);
        if (bound != null && bound.isAnyLocalAddress()) {
            h = bound instanceof java.net.Inet6Address ? "::1" : "127.0.0.1";
        }
        try {
            return new URI(WebSocketTransport.SCHEME, null, h, port, null, null, null);
        } catch (URISyntaxException e) {
            return URI.create(WebSocketTransport.SCHEME + "://"
                    + WsSupport.hostPort(bound == null ? "127.0.0.1" : bound.getHostAddress(), port));
        }
    }

    @Override
    public String toString() {
        return "WebSocketListener[" + uri + (closed ? ", closed" : "") + "]";
    }

    /** The library's callbacks, bridged to {@link ServerConnection}s. */
    private final class Server extends WebSocketServer {

        Server(ServerSocketChannel channel) {
            super(channel);
            setReuseAddr(true);
            setTcpNoDelay(true);
            setDaemon(true);
            setConnectionLostTimeout(PING_INTERVAL_SECONDS);
            setWebSocketFactory(new Factory());
        }

        @Override
        public void onStart() {
            started.complete(null);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            WebSocketImpl impl = (WebSocketImpl) conn;
            GuardedChannel guarded = (GuardedChannel) impl.getChannel();
            guarded.opened();
            ServerConnection connection = new ServerConnection(impl, guarded, maxFrameBytes);
            conn.setAttachment(connection);
            open.incrementAndGet();
            serve(connection);
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            ServerConnection connection = conn.getAttachment();
            if (connection != null) {
                connection.onBinary(message);
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            ServerConnection connection = conn.getAttachment();
            if (connection != null) {
                connection.onText();
            }
        }

        @Override
        public void onWebsocketPing(WebSocket conn, Framedata ping) {
            super.onWebsocketPing(conn, ping); // answers with a pong
            if (conn.getAttachment() instanceof ServerConnection connection) {
                connection.onHeardFromPeer();
            }
        }

        @Override
        public void onWebsocketPong(WebSocket conn, Framedata pong) {
            if (conn.getAttachment() instanceof ServerConnection connection) {
                connection.onHeardFromPeer();
            }
        }

        @Override
        public void onCloseInitiated(WebSocket conn, int code, String reason) {
            ServerConnection connection = conn.getAttachment();
            if (connection != null) {
                connection.onLocalCloseStarted(code, reason);
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            ServerConnection connection = conn.getAttachment();
            if (connection != null) {
                connection.onClosed(code, reason, remote);
                open.decrementAndGet();
                stopIfIdle();
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                if (!started.completeExceptionally(ex) && !closed) {
                    LOG.log(Level.WARNING, "WebSocket server on port " + port + " failed: " + ex);
                }
            } else {
                // The library closes the connection itself; onClose reports it to the handler.
                if (conn.getAttachment() instanceof ServerConnection connection) {
                    connection.onError(ex);
                }
                LOG.log(Level.DEBUG, "WebSocket connection error: " + ex);
            }
        }
    }

    /**
     * Makes the library's connections use a draft with the frame limit (checked on each frame's
     * announced length, before its payload is buffered) and no extensions (no compression:
     * the frames are ciphertext), and wraps each socket in a {@link GuardedChannel}.
     */
    private final class Factory implements WebSocketServerFactory {

        private final List<Draft> drafts;

        Factory() {
            // Close frames carry up to 125 bytes: the library's limit never goes below that, and
            // a smaller configured limit is enforced exactly in ServerConnection.onBinary.
            this.drafts = List.of(new Draft_6455(List.of(), Math.max(125, maxFrameBytes)));
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
            return new WebSocketImpl(adapter, drafts);
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> ignored) {
            return new WebSocketImpl(adapter, drafts);
        }

        @Override
        public ByteChannel wrapChannel(SocketChannel socket, SelectionKey key) {
            GuardedChannel guarded = new GuardedChannel(socket);
            WebSocketImpl impl = (WebSocketImpl) key.attachment();
            guarded.armHandshakeDeadline(HANDSHAKE_TIMEOUT_MILLIS,
                    () -> impl.closeConnection(WsSupport.ABNORMAL, "WebSocket upgrade not completed in time"));
            return guarded;
        }

        @Override
        public void close() {
            // Nothing held: the sockets belong to the library's selector.
        }
    }

    /** Binds {@code host:port}, naming the address in any failure. */
    static ServerSocketChannel bind(String host, int port, int backlog) throws IOException {
        String where = WsSupport.hostPort(host, port);
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new java.net.UnknownHostException("cannot listen on " + where + ": unknown host");
        }
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.socket().setReuseAddress(true);
            channel.bind(address, backlog);
            return channel;
        } catch (IOException e) {
            channel.close();
            String message = "cannot listen on " + where + ": " + e.getMessage();
            IOException failure = e instanceof java.net.BindException
                    ? new java.net.BindException(message)
                    : new IOException(message);
            failure.initCause(e);
            throw failure;
        }
    }
}
