package io.sotto.api.message;

/** Asks the server for a {@link Pong} with the same token; keeps a quiet connection checked. */
public record Ping(long token) implements ClientMessage {}
