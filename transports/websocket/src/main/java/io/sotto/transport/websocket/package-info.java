/**
 * Frames as binary WebSocket messages: one Sotto frame is one binary message, with no length
 * prefix inside (the message boundary is the frame boundary). The only public type is {@link
 * io.sotto.transport.websocket.WebSocketTransport}; connections and listeners are reached through
 * the api's {@link io.sotto.api.transport.FrameConnection} and {@link
 * io.sotto.api.transport.Listener}.
 */
package io.sotto.transport.websocket;
