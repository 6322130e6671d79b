package io.sotto.api.message;

import io.sotto.api.Extension;

/**
 * Encodes application {@link Message}s to bytes and back. Negotiated in the handshake by {@link
 * #id()} (e.g. {@code json}).
 *
 * <p>Decoding takes untrusted bytes from the network: anything that is not exactly one known
 * message with all its fields (unknown type, unknown or missing field, wrong type, trailing data)
 * must raise {@link MalformedMessageException} with a short reason, never another exception.
 */
public interface Serializer extends Extension {

    /** Encodes one message. */
    byte[] encode(Message message);

    /**
     * Decodes one message.
     *
     * @throws MalformedMessageException when the bytes are not one well-formed known message
     */
    Message decode(byte[] bytes) throws MalformedMessageException;
}
