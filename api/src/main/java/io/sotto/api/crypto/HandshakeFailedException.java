package io.sotto.api.crypto;

import java.security.GeneralSecurityException;

/** A handshake message could not be written or was not accepted. The session cannot go on. */
public class HandshakeFailedException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public HandshakeFailedException(String message) {
        super(message);
    }

    public HandshakeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
