/**
 * Frames over TCP: the {@code tcp} transport. Depends on the api module only.
 *
 * <p>The package is exported so the composition root can name {@link
 * io.sotto.transport.tcp.TcpTransport} directly; everything else in it is package-private.
 */
module io.sotto.transport.tcp {
    requires io.sotto.api;

    exports io.sotto.transport.tcp;

    provides io.sotto.api.transport.Transport with
            io.sotto.transport.tcp.TcpTransport;
}
