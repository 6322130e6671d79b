package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import io.sotto.api.message.MalformedMessageException;
import io.sotto.api.message.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Encodes and decodes Sotto messages with any Jackson data format: each message is one object
 * (a JSON object, a CBOR map) whose {@code "type"} field names the message and whose other fields
 * are its values (docs/PROTOCOL.md lists them all). A serializer is this class plus a factory:
 * {@code new JacksonMessageCodec(new JsonFactory(), "JSON")}.
 *
 * <p>Encoding streams straight into the generator, since the server encodes every relayed message
 * once per serializer in use and it should be cheap. Objects and arrays are written with their
 * sizes, so formats that can say so (CBOR) write definite lengths.
 *
 * <p>Decoding is strict, since the bytes come from the network: anything but exactly one object
 * of a known type with exactly its fields, each of the right type, is refused with a {@link
 * MalformedMessageException} that says why — unknown or duplicate fields, missing fields (null
 * counts as missing), wrong types, numbers beyond 64 bits, nesting deeper than {@value
 * #MAX_NESTING}, trailing data and input the format cannot read. No other exception escapes.
 *
 * <p>Safe to use from several threads at once.
 */
public final class JacksonMessageCodec {

    /** Nesting deeper than this is never a Sotto message; the parser refuses it as it reads. */
    public static final int MAX_NESTING = 8;

    private final JsonFactory factory;
    private final String format;

    /**
     * @param factory the format's factory; a copy with this codec's read limits is used
     * @param format the format's name for error messages, e.g. {@code JSON}
     */
    public JacksonMessageCodec(JsonFactory factory, String format) {
        TSFBuilder<?, ?> strict = factory.rebuild();
        strict.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        // Reasons go back to the peer; they need no copy of its input.
        strict.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
        // Virtual threads share working buffers instead of keeping a set each (see BufferPools).
        strict.recyclerPool(BufferPools.INSTANCE);
        this.factory = strict.build();
        this.format = Objects.requireNonNull(format, "format");
    }

    /** Encodes one message. */
    public byte[] encode(Message message) {
        Output bytes = new Output();
        try (JsonGenerator generator = factory.createGenerator(bytes)) {
            MessageWriter.write(message, generator);
        } catch (IOException e) {
            // Writing to memory cannot fail; a failure here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return bytes.bytes();
    }

    /**
     * Decodes one message.
     *
     * @throws MalformedMessageException when the bytes are not exactly one well-formed known message
     */
    public Message decode(byte[] bytes) throws MalformedMessageException {
        FieldReader fields;
        try (JsonParser parser = factory.createParser(bytes)) {
            fields = FieldReader.parse(parser, format);
        } catch (IOException | RuntimeException e) {
            // Jackson's parse errors, constraint violations, and anything a hostile input provokes.
            throw new MalformedMessageException("not valid " + format + ": " + firstLine(e.getMessage()), e);
        }
        return MessageReader.read(fields);
    }

    /**
     * Where the generator's output goes. The generator buffers a message (several kilobytes) and
     * writes it on close in one call, so an array sized by that first write is already the result:
     * no growing and no final copy, as a pre-sized {@code ByteArrayOutputStream} would need. A
     * larger message arrives in several writes and is copied out as usual.
     */
    private static final class Output extends ByteArrayOutputStream {
        Output() {
            // Empty, so that the first write allocates exactly what it needs.
            super(0);
        }

        /** The bytes written; the buffer itself when it holds exactly them. */
        byte[] bytes() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unreadable input";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
