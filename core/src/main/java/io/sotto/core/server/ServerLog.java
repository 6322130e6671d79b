package io.sotto.core.server;

/**
 * Where the server tells its operator what it is doing: start, fingerprint, shutdown, and, only
 * when {@link ServerOptions#logAddresses()} is on, client addresses. Never chat content.
 */
@FunctionalInterface
public interface ServerLog {
    void info(String line);

    /** Prints to standard output. */
    static ServerLog stdout() {
        return System.out::println;
    }

    /** Drops everything (tests). */
    static ServerLog silent() {
        return line -> {};
    }
}
