package io.sotto.api.message;

/**
 * An application message, carried inside an encrypted record once the handshake is done.
 * {@link ClientMessage}s go from client to server, {@link ServerMessage}s the other way.
 * docs/PROTOCOL.md gives each one's wire name and fields.
 */
public sealed interface Message permits ClientMessage, ServerMessage {}
