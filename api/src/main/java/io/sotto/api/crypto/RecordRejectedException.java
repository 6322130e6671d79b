package io.sotto.api.crypto;

import java.security.GeneralSecurityException;

/** A record failed authentication: forged, tampered with, replayed or out of order. */
public class RecordRejectedException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public RecordRejectedException(String message) {
        super(message);
    }

    public RecordRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
