package io.sotto.api.message;

/** Says goodbye before the client closes the connection. */
public record Leave() implements ClientMessage {}
