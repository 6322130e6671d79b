package io.sotto.transport.tcp;

import io.sotto.api.transport.ConnectionHandler;
import io.sotto.api.transport.Listener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;

/**
 * A bound server socket with an accept loop on a virtual thread; each accepted connection is
 * served on a virtual thread of its own and closed when its handler returns or throws.
 */
final class TcpListener implements Listener {

    private static final System.Logger LOG = System.getLogger(TcpListener.class.getName());

    /** Longest pause after repeated accept failures (e.g. out of file descriptors). */
    private static final long MAX_BACKOFF_MILLIS = 1_000;

    private final ServerSocket server;
    private final ConnectionHandler handler;
    private final int maxFrameBytes;
    private final URI uri;
    private final int port;
    private final ThreadFactory connectionThreads;
    private final Thread acceptThread;
    private volatile boolean closed;

    TcpListener(ServerSocket server, String host, ConnectionHandler handler, int maxFrameBytes) {
        this.server = server;
        this.handler = handler;
        this.maxFrameBytes = maxFrameBytes;
        this.port = server.getLocalPort();
        this.uri = uriFor(host, server.getInetAddress(), port);
        this.connectionThreads = Thread.ofVirtual().name("sotto-tcp-" + port + "-conn-", 0).factory();
        this.acceptThread = Thread.ofVirtual().name("sotto-tcp-" + port + "-accept").unstarted(this::acceptLoop);
    }

    void start() {
        acceptThread.start();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public URI uri() {
        return uri;
    }

    /** Stops accepting and waits briefly for the accept loop to end. Open connections stay open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the server socket on port " + port + " failed", e);
        }
        if (Thread.currentThread() != acceptThread) {
            try {
                acceptThread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void acceptLoop() {
        long backoff = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed || server.isClosed()) {
                    break;
                }
                backoff = backoff == 0 ? 10 : Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                LOG.log(Level.WARNING, "accepting on port " + port + " failed: " + e.getMessage()
                        + "; retrying in " + backoff + " ms");
                pause(backoff);
                continue;
            }
            backoff = 0;
            if (closed) {
                closeQuietly(socket);
                break;
            }
            serve(socket);
        }
        LOG.log(Level.DEBUG, "listener on port " + port + " stopped accepting");
    }

    private void serve(Socket socket) {
        TcpFrameConnection connection;
        try {
            socket.setTcpNoDelay(true);
            connection = new TcpFrameConnection(socket, maxFrameBytes);
        } catch (IOException e) {
            // The peer is probably gone already; no address in the log.
            LOG.log(Level.DEBUG, "setting up an accepted connection failed: " + e.getMessage());
            closeQuietly(socket);
            return;
        }
        try {
            connectionThreads.newThread(new Served(connection)).start();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "cannot start a thread for an accepted connection: " + e);
            connection.close();
        }
    }

    /**
     * The task of a connection's thread. A class of its own rather than a lambda calling a method:
     * every frame under the handler is kept, for as long as the client stays, in the stack of its
     * parked virtual thread, and a lambda adds two.
     */
    private final class Served implements Runnable {
        private final TcpFrameConnection connection;

        Served(TcpFrameConnection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            try {
                handler.handle(connection);
            } catch (Throwable t) {
                // A handler's failure ends its own connection, never the listener. The class name
                // only at WARNING: a message might carry data the operator did not ask to log.
                LOG.log(Level.WARNING, "connection handler failed with " + t.getClass().getName()
                        + " (details at DEBUG level)");
                LOG.log(Level.DEBUG, "connection handler failure", t);
            } finally {
                connection.close();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }

    /**
     * The URI a client on this machine would use: the configured host, or the loopback address
     * when the listener is bound to every interface.
     */
    static URI uriFor(String host, InetAddress bound, int port) {
        String h = Frames.unbracket(host);
        if (bound != null && bound.isAnyLocalAddress()) {
            h = bound instanceof java.net.Inet6Address ? "::1" : "127.0.0.1";
        }
        try {
            return new URI(TcpTransport.SCHEME, null, h, port, null, null, null);
        } catch (URISyntaxException e) {
            return URI.create(TcpTransport.SCHEME + "://" + Frames.hostPort(
                    bound == null ? "127.0.0.1" : bound.getHostAddress(), port));
        }
    }

    @Override
    public String toString() {
        return "TcpListener[" + uri + (closed ? ", closed" : "") + "]";
    }
}
