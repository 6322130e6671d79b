package io.sotto.api.transport;

import io.sotto.api.Extension;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Carries whole frames between a client and a server: listens on the server side, connects on
 * the client side.
 *
 * <p>A transport knows nothing of encryption or messages; it delivers each frame whole, in order,
 * and refuses a frame longer than the configured maximum before buffering it. The server picks a
 * transport by {@link #id()}; a client picks one by the scheme of the server URI ({@link
 * #schemes()}).
 */
public interface Transport extends Extension {

    /** URI schemes this transport connects to, e.g. {@code tcp}. */
    List<String> schemes();

    /** The port used when a URI or the server configuration gives none. */
    int defaultPort();

    /**
     * The port a client uses for a URI of {@code scheme} that gives none; {@link #defaultPort()}
     * unless a scheme has its own (e.g. {@code wss} behind a TLS terminator: 443).
     */
    default int defaultPort(String scheme) {
        return defaultPort();
    }

    /**
     * Starts listening. Each accepted connection is handed to {@code handler} on a thread of its
     * own; the handler may block for the life of the connection.
     *
     * @throws IOException when the address cannot be bound (the message says which address)
     */
    Listener listen(ListenSpec spec, ConnectionHandler handler) throws IOException;

    /**
     * Connects to a server.
     *
     * @param server a URI with one of {@link #schemes()}; a missing port means {@link
     *     #defaultPort()}
     * @throws IOException when the server cannot be reached within {@link
     *     FrameLimits#connectTimeout()}
     */
    FrameConnection connect(URI server, FrameLimits limits) throws IOException;
}
