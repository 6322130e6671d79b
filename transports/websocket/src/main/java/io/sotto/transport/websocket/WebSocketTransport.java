package io.sotto.transport.websocket;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@code websocket} transport: each Sotto frame is one binary WebSocket message, so a Sotto
 * server can sit behind an HTTP reverse proxy.
 *
 * <p>Server: plain {@code ws} on any path, served by the Java-WebSocket library (put a TLS
 * terminator such as nginx or Caddy in front for {@code wss}). Client: {@code ws://host[:port][/path]}
 * or {@code wss://...} (TLS by the JDK, certificates checked against the JDK's trust store), over
 * the JDK's {@link java.net.http.WebSocket}.
 *
 * <p>Safe to use from several threads at once. The HTTP client behind client connections is
 * created on the first {@code connect} and shared by all of them.
 */
public final class WebSocketTransport implements Transport {

    /** The transport id. */
    public static final String ID = "websocket";

    /** The plain scheme, served by the listener and used by clients. */
    public static final String SCHEME = "ws";

    /** The TLS scheme, for clients reaching a server through a TLS terminator. */
    public static final String SECURE_SCHEME = "wss";

    /** The port used when a URI or the server configuration gives none. */
    public static final int DEFAULT_PORT = 7421;

    /** Pending connections the kernel may queue while the selector catches up. */
    private static final int BACKLOG = 4096;

    private volatile HttpClient httpClient;

    public WebSocketTransport() {
        // The HTTP client is made on first use: a server never needs one.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Frames as binary WebSocket messages, for reverse proxies (ws://host:port, wss:// via a TLS"
                + " terminator; default port " + DEFAULT_PORT + ")";
    }

    @Override
    public List<String> schemes() {
        return List.of(SCHEME, SECURE_SCHEME);
    }

    @Override
    public int defaultPort() {
        return DEFAULT_PORT;
    }

    /** {@code wss} is spoken by the TLS terminator in front of the server, on the HTTPS port. */
    @Override
    public int defaultPort(String scheme) {
        return SECURE_SCHEME.equals(scheme) ? 443 : DEFAULT_PORT;
    }

    @Override
    public Listener listen(ListenSpec spec, ConnectionHandler handler) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        String host = WsSupport.unbracket(spec.host());
        ServerSocketChannel channel = WsListener.bind(host, spec.port(), BACKLOG);
        return WsListener.start(channel, host, handler, spec.limits().maxFrameBytes());
    }

    @Override
    public FrameConnection connect(URI server, FrameLimits limits) throws IOException {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(limits, "limits");
        String scheme = server.getScheme() == null ? null : server.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEME.equals(scheme) && !SECURE_SCHEME.equals(scheme)) {
            throw new IllegalArgumentException("not a WebSocket URI (expected ws://host:port or wss://host:port): " + server);
        }
        String rawHost = server.getHost();
        if (rawHost == null || rawHost.isEmpty()) {
            throw new IllegalArgumentException("no host in " + server + " (expected ws://host:port)");
        }
        String host = WsSupport.unbracket(rawHost);
        int port = server.getPort() >= 0 ? server.getPort() : defaultPort(scheme);
        String where = WsSupport.hostPort(host, port);
        WsSupport.millis(limits.connectTimeout(), "connect timeout");

        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            var failure = new UnknownHostException("cannot connect to " + where + ": unknown host " + host);
            failure.initCause(e);
            throw failure;
        }
        URI target = target(server, scheme, host, port);
        ClientConnection connection = new ClientConnection(limits.maxFrameBytes(),
                WsSupport.hostPort(address.getHostAddress(), port));
        WebSocket.Builder builder = client().newWebSocketBuilder();
        if (!limits.connectTimeout().isZero()) {
            builder.connectTimeout(limits.connectTimeout());
        }
        CompletableFuture<WebSocket> opening = builder.buildAsync(target, connection);
        try {
            WebSocket webSocket = limits.connectTimeout().isZero()
                    ? opening.get()
                    // The builder's timeout covers the connect and the upgrade; this one is a backstop.
                    : opening.get(limits.connectTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            connection.opened(webSocket);
            // The server sends nothing until it has heard from us (ServerConnection): this ping
            // tells it we are reading, whoever speaks first.
            webSocket.sendPing(ByteBuffer.allocate(0));
            return connection;
        } catch (ExecutionException e) {
            throw connectFailure(e.getCause(), where, limits.connectTimeout());
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw connectFailure(new HttpTimeoutException("timed out"), where, limits.connectTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(true);
            throw new InterruptedIOException("interrupted while connecting to " + where);
        }
    }

    /** The URI the HTTP client opens: scheme, host and port filled in, the path kept ("/" if none). */
    private static URI target(URI server, String scheme, String host, int port) {
        String path = server.getRawPath() == null || server.getRawPath().isEmpty() ? "/" : server.getRawPath();
        String query = server.getRawQuery() == null ? "" : "?" + server.getRawQuery();
        try {
            URI base = new URI(scheme, null, host, port, null, null, null);
            return URI.create(base + path + query);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a usable WebSocket URI: " + server, e);
        }
    }

    private static IOException connectFailure(Throwable cause, String where, Duration timeout) {
        IOException failure;
        if (cause instanceof HttpTimeoutException) {
            failure = new SocketTimeoutException("cannot connect to " + where + ": no WebSocket answer within "
                    + timeout.toMillis() + " ms");
        } else if (cause instanceof ConnectException) {
            failure = new ConnectException("cannot connect to " + where + ": connection refused"
                    + " (is a Sotto WebSocket listener running there?)");
        } else if (cause instanceof WebSocketHandshakeException handshake) {
            failure = new IOException("cannot connect to " + where + ": the server answered HTTP "
                    + handshake.getResponse().statusCode() + " instead of a WebSocket upgrade"
                    + " (is this a Sotto WebSocket listener, and is the path right?)");
        } else {
            failure = new IOException("cannot connect to " + where + ": " + cause);
        }
        failure.initCause(cause);
        return failure;
    }

    private HttpClient client() {
        HttpClient c = httpClient;
        if (c == null) {
            synchronized (this) {
                c = httpClient;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .executor(Executors.newThreadPerTaskExecutor(
                                    Thread.ofVirtual().name("sotto-websocket-client-", 0).factory()))
                            .build();
                    httpClient = c;
                }
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "WebSocketTransport";
    }
}
