package io.sotto.serializer.cbor;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import io.sotto.codec.jackson.JacksonMessageCodec;

/**
 * The {@code cbor} serializer: each message is one CBOR map (RFC 8949) with text keys, the same
 * fields as the {@code json} serializer's objects — {@code "type"} first — so any CBOR decoder can
 * read it. Integers use their shortest form; maps and arrays are written with definite lengths.
 *
 * <p>Decoding accepts any well-formed CBOR for the same fields (definite or indefinite lengths,
 * integer keys are read as their decimal text) and refuses everything else with a reason; see
 * {@link JacksonMessageCodec}.
 */
public final class CborSerializer implements Serializer {
    private final JacksonMessageCodec codec = new JacksonMessageCodec(new CBORFactory(), "CBOR");

    @Override
    public String id() {
        return "cbor";
    }

    @Override
    public String description() {
        return "Messages as compact binary CBOR maps (RFC 8949, Jackson)";
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
