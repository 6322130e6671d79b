/**
 * Frames over TCP: each frame is a 2-byte big-endian length followed by that many bytes. The only
 * public type is {@link io.sotto.transport.tcp.TcpTransport}; connections and listeners are
 * reached through the api's {@link io.sotto.api.transport.FrameConnection} and {@link
 * io.sotto.api.transport.Listener}.
 */
package io.sotto.transport.tcp;
