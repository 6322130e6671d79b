package io.sotto.api.client;

/** A session could not be opened; the message is a sentence for the user. */
public class ConnectFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConnectFailedException(String message) {
        super(message);
    }

    public ConnectFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
