package io.sotto.api.crypto;

import java.util.Objects;

/**
 * The record protection of an established session: one cipher for what this side sends, one for
 * what it receives, each with its own key and counter nonce.
 */
public record SessionCiphers(RecordCipher sender, RecordCipher receiver) {
    public SessionCiphers {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
    }
}
