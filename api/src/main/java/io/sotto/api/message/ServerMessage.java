package io.sotto.api.message;

/** A message the server sends to a client. */
public sealed interface ServerMessage extends Message
        permits Welcome, Refused, Posted, Presence, PresenceBatch, Notice, Pong {}
