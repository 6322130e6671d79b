package io.sotto.api.transport;

/** A listening server endpoint. Closing it stops accepting; open connections are not touched. */
public interface Listener extends AutoCloseable {

    /** The port actually bound (useful when port 0 was asked for). */
    int port();

    /** The URI a client would use to reach this listener, e.g. {@code tcp://127.0.0.1:7420}. */
    java.net.URI uri();

    @Override
    void close();
}
