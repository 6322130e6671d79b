package io.sotto.api.message;

/** A message a client sends to the server. */
public sealed interface ClientMessage extends Message permits Join, Say, Rename, Leave, Ping {}
