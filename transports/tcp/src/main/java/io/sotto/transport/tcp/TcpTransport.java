package io.sotto.transport.tcp;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.FrameConnection;
import io.sotto.api.transport.FrameLimits;
import io.sotto.api.transport.ListenSpec;
import io.sotto.api.transport.Listener;
import io.sotto.api.transport.Transport;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code tcp} transport: frames with a 2-byte big-endian length prefix over plain TCP, with
 * blocking socket I/O on virtual threads.
 *
 * <p>Stateless and safe to use from several threads at once.
 */
public final class TcpTransport implements Transport {

    /** The transport id and its URI scheme. */
    public static final String SCHEME = "tcp";

    /** The port used when a URI or the server configuration gives none. */
    public static final int DEFAULT_PORT = 7420;

    /** Pending connections the kernel may queue while the accept loop catches up. */
    private static final int BACKLOG = 4096;

    public TcpTransport() {
        // Stateless: everything lives in the listeners and connections it makes.
    }

    @Override
    public String id() {
        return SCHEME;
    }

    @Override
    public String description() {
        return "Frames over plain TCP with a 2-byte length prefix (tcp://host:port, default port "
                + DEFAULT_PORT + ")";
    }

    @Override
    public List<String> schemes() {
        return List.of(SCHEME);
    }

    @Override
    public int defaultPort() {
        return DEFAULT_PORT;
    }

    @Override
    public Listener listen(ListenSpec spec, ConnectionHandler handler) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        String host = Frames.unbracket(spec.host());
        String where = Frames.hostPort(host, spec.port());
        InetSocketAddress address = new InetSocketAddress(host, spec.port());
        if (address.isUnresolved()) {
            throw new UnknownHostException("cannot listen on " + where + ": unknown host");
        }
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(address, BACKLOG);
        } catch (IOException e) {
            server.close();
            String message = "cannot listen on " + where + ": " + e.getMessage();
            IOException failure = e instanceof BindException ? new BindException(message) : new IOException(message);
            failure.initCause(e);
            throw failure;
        }
        TcpListener listener = new TcpListener(server, host, handler, spec.limits().maxFrameBytes());
        listener.start();
        return listener;
    }

    @Override
    public FrameConnection connect(URI server, FrameLimits limits) throws IOException {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(limits, "limits");
        String scheme = server.getScheme();
        if (scheme == null || !SCHEME.equals(scheme.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a tcp URI (expected tcp://host:port): " + server);
        }
        String rawHost = server.getHost();
        if (rawHost == null || rawHost.isEmpty()) {
            throw new IllegalArgumentException("no host in " + server + " (expected tcp://host:port)");
        }
        String host = Frames.unbracket(rawHost);
        int port = server.getPort() < 0 ? DEFAULT_PORT : server.getPort();
        String where = Frames.hostPort(host, port);
        int timeoutMillis = timeoutMillis(limits.connectTimeout());

        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            var failure = new UnknownHostException("cannot connect to " + where + ": unknown host " + host);
            failure.initCause(e);
            throw failure;
        }
        // On a channel, so that an event loop may take over its reads (FrameConnection.startPolling).
        Socket socket = SocketChannel.open().socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(address, port), timeoutMillis);
            return new TcpFrameConnection(socket, limits.maxFrameBytes());
        } catch (IOException e) {
            socket.close();
            throw connectFailure(e, where, limits.connectTimeout());
        }
    }

    private static IOException connectFailure(IOException e, String where, Duration timeout) {
        IOException failure;
        if (e instanceof SocketTimeoutException) {
            failure = new SocketTimeoutException("cannot connect to " + where + ": no answer within "
                    + timeout.toMillis() + " ms");
        } else if (e instanceof ConnectException) {
            failure = new ConnectException("cannot connect to " + where + ": " + e.getMessage()
                    + " (is a Sotto server running there?)");
        } else {
            failure = new IOException("cannot connect to " + where + ": " + e.getMessage());
        }
        failure.initCause(e);
        return failure;
    }

    private static int timeoutMillis(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("connect timeout must not be negative: " + timeout);
        }
        if (timeout.isZero()) {
            return 0; // wait as long as the operating system does
        }
        if (timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) >= 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(1, timeout.toMillis());
    }

    @Override
    public String toString() {
        return "TcpTransport";
    }
}
