package io.sotto.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import io.sotto.api.message.Serializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code json} serializer: each message is one UTF-8 JSON object whose {@code "type"} field
 * names the message (docs/PROTOCOL.md lists them all).
 *
 * <p>Encoding uses Jackson's streaming generator, since the server encodes every relayed message
 * once and it should be cheap. Decoding reads a tree and checks it strictly, since the bytes come
 * from the network: unknown fields, missing fields, wrong types, duplicate keys and trailing data
 * are all refused with a reason.
 */
public final class JsonSerializer implements Serializer {

    /** Nesting deeper than this is never a Sotto message; refuse it before building a tree. */
    private static final int MAX_NESTING = 8;

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public JsonSerializer() {
        JsonFactory jsonFactory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.mapper = JsonMapper.builder(jsonFactory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.factory = mapper.getFactory();
    }

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator generator = factory.createGenerator(bytes)) {
            MessageWriter.write(message, generator);
        } catch (IOException e) {
            // Writing to memory cannot fail; a failure here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Message decode(byte[] bytes) throws MalformedMessageException {
        JsonNode tree;
        try (JsonParser parser = factory.createParser(bytes)) {
            tree = mapper.readTree(parser);
        } catch (IOException | RuntimeException e) {
            throw new MalformedMessageException("not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new MalformedMessageException("expected a JSON object");
        }
        return MessageReader.read(new FieldReader(object));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable input";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
