package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sotto.api.message.MalformedMessageException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one message, read from a parser in one pass and then handed out strictly by name
 * and type, remembering which were asked for so that any field left over can be refused as
 * unknown.
 *
 * <p>Each value is kept as a {@link String}, {@link Boolean}, {@link Long}, {@link Strings}, {@link Objects}, {@code
 * null} (an explicit null) or {@link Unusable} (anything no message field can be: an object, a
 * fraction, binary data, an integer beyond 64 bits, a mixed array).
 */
final class FieldReader {
    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();

    private FieldReader(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Reads exactly one object and checks that nothing follows it.
     *
     * @throws IOException when the format's parser cannot read the bytes or a limit is exceeded
     */
    static FieldReader parse(JsonParser parser, String format) throws IOException, MalformedMessageException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedMessageException("the message must be one " + format + " object with named fields");
        }
        FieldReader fields = objectBody(parser);
        if (parser.nextToken() != null) {
            throw new MalformedMessageException("trailing data after the message");
        }
        return fields;
    }

    /** Reads the fields of the object whose start the parser has just read, up to its end. */
    private static FieldReader objectBody(JsonParser parser) throws IOException, MalformedMessageException {
        Map<String, Object> values = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            if (values.containsKey(name)) {
                throw new MalformedMessageException("duplicate field '" + name + "'");
            }
            values.put(name, value(parser, parser.nextToken()));
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new MalformedMessageException("the message ends inside an object");
        }
        return new FieldReader(values);
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException, MalformedMessageException {
        if (token == null) {
            throw new MalformedMessageException("the message ends inside its object");
        }
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> new Unusable("a fraction");
            case START_ARRAY -> array(parser);
            case START_OBJECT -> {
                parser.skipChildren();
                yield new Unusable("an object");
            }
            case VALUE_EMBEDDED_OBJECT -> new Unusable("binary data");
            default -> new Unusable(token.name());
        };
    }

    private static Object integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT, LONG -> parser.getLongValue();
            default -> {
                BigInteger big = parser.getBigIntegerValue();
                yield big.bitLength() < Long.SIZE ? (Object) big.longValue() : new Unusable("beyond 64 bits");
            }
        };
    }

    /** An array of strings, or of objects (read as nested field readers); anything else is unusable. */
    private static Object array(JsonParser parser) throws IOException, MalformedMessageException {
        List<String> strings = new ArrayList<>();
        List<FieldReader> objects = new ArrayList<>();
        boolean mixed = false;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new MalformedMessageException("the message ends inside an array");
            } else if (token == JsonToken.VALUE_STRING) {
                strings.add(parser.getText());
            } else if (token == JsonToken.START_OBJECT) {
                objects.add(objectBody(parser));
            } else {
                mixed = true;
                parser.skipChildren();
            }
        }
        if (mixed || (!strings.isEmpty() && !objects.isEmpty())) {
            return new Unusable("a mixed array");
        }
        return objects.isEmpty() ? new Strings(strings) : new Objects(objects);
    }

    String string(String name) throws MalformedMessageException {
        if (!(required(name) instanceof String text)) {
            throw wrongType(name, "a string");
        }
        return text;
    }

    boolean bool(String name) throws MalformedMessageException {
        if (!(required(name) instanceof Boolean bool)) {
            throw wrongType(name, "true or false");
        }
        return bool;
    }

    long integer(String name) throws MalformedMessageException {
        if (!(required(name) instanceof Long number)) {
            throw wrongType(name, "an integer");
        }
        return number;
    }

    int smallInteger(String name) throws MalformedMessageException {
        long value = integer(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrongType(name, "a 32-bit integer");
        }
        return (int) value;
    }

    Instant time(String name) throws MalformedMessageException {
        long millis = integer(name);
        try {
            return Instant.ofEpochMilli(millis);
        } catch (RuntimeException e) {
            throw wrongType(name, "milliseconds since 1970");
        }
    }

    List<String> strings(String name) throws MalformedMessageException {
        if (!(required(name) instanceof Strings strings)) {
            throw wrongType(name, "an array of strings");
        }
        return strings.values();
    }

    /** An array of objects, each read as strictly as a message (an empty array is allowed here). */
    List<FieldReader> objects(String name) throws MalformedMessageException {
        Object value = required(name);
        if (value instanceof Strings strings && strings.values().isEmpty()) {
            return List.of();
        }
        if (!(value instanceof Objects objects)) {
            throw wrongType(name, "an array of objects");
        }
        return objects.values();
    }

    /** Fails when the object has a field no reader asked for, naming the first such field. */
    void requireNoOtherFields(String type) throws MalformedMessageException {
        for (String name : values.keySet()) {
            if (!read.contains(name)) {
                throw new MalformedMessageException("unknown field '" + name + "' in a '" + type + "' message");
            }
        }
    }

    private Object required(String name) throws MalformedMessageException {
        Object value = values.get(name);
        if (value == null) {
            throw new MalformedMessageException("missing field '" + name + "'");
        }
        read.add(name);
        return value;
    }

    private static MalformedMessageException wrongType(String name, String expected) {
        return new MalformedMessageException("field '" + name + "' must be " + expected);
    }

    /** An array whose elements are all strings (or an empty array). */
    private record Strings(List<String> values) {}

    /** A non-empty array whose elements are all objects. */
    private record Objects(List<FieldReader> values) {}

    /** A value no message field can have; {@code what} says what it was. */
    private record Unusable(String what) {}
}
