package io.sotto.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import io.sotto.codec.jackson.JacksonMessageCodec;

/**
 * The {@code json} serializer: each message is one UTF-8 JSON object whose {@code "type"} field
 * names the message (docs/PROTOCOL.md lists them all).
 *
 * <p>The mapping of messages to fields, and the strict decoding rules (unknown, missing and
 * duplicate fields, wrong types, trailing data, nesting), live in {@link JacksonMessageCodec},
 * shared with the {@code cbor} serializer; this class supplies the JSON format.
 */
public final class JsonSerializer implements Serializer {
    private final JacksonMessageCodec codec = new JacksonMessageCodec(new JsonFactory(), "JSON");

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "Messages as UTF-8 JSON objects (Jackson)";
    }

    @Override
    public byte[] encode(Message message) {
        return codec.encode(message);
    }

    @Override
    public Message decode(byte[] bytes) throws MalformedMessageException {
        return codec.decode(bytes);
    }
}
