package io.sotto.api.transport;

import java.io.IOException;

/** A peer announced a frame longer than the connection's limit. */
public class FrameTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int announced;
    private final int limit;

    public FrameTooLargeException(int announced, int limit) {
        super("frame of " + announced + " bytes exceeds the limit of " + limit + " bytes");
        this.announced = announced;
        this.limit = limit;
    }

    public int announced() {
        return announced;
    }

    public int limit() {
        return limit;
    }
}
