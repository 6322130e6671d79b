package io.sotto.api.client;

import java.util.Objects;

/**
 * Who a server claims to be.
 *
 * @param address where it was reached, {@code host:port}
 * @param keyType the kind of static key, e.g. {@code 25519}
 * @param fingerprint {@code SHA256:} and the unpadded base64 of the SHA-256 of its public key,
 *     as OpenSSH prints it
 */
public record ServerIdentity(String address, String keyType, String fingerprint) {
    public ServerIdentity {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
