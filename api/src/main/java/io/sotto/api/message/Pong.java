package io.sotto.api.message;

/** Answers a {@link Ping}. */
public record Pong(long token) implements ServerMessage {}
