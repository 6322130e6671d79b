/**
 * Frames as binary WebSocket messages: the {@code websocket} transport ({@code ws://} and {@code
 * wss://}), so a Sotto server can sit behind an HTTP reverse proxy. Depends on the api module, the
 * Java-WebSocket library (server side) and the JDK's HTTP client (client side) only.
 *
 * <p>The package is exported so the composition root and tests can name {@link
 * io.sotto.transport.websocket.WebSocketTransport} directly; everything else in it is
 * package-private.
 */
module io.sotto.transport.websocket {
    // The transport SPI this module implements.
    requires io.sotto.api;
    // The server side: a maintained, dependency-light WebSocket server (it brings org.slf4j).
    requires org.java_websocket;
    // The client side: java.net.http.WebSocket, with TLS for wss:// built in.
    requires java.net.http;

    exports io.sotto.transport.websocket;

    provides io.sotto.api.transport.Transport with
            io.sotto.transport.websocket.WebSocketTransport;
}
