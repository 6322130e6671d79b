package io.sotto.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sotto.api.message.MalformedMessageException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON message strictly, remembering which it read so that any field left
 * over can be refused as unknown.
 */
final class FieldReader {
    private final ObjectNode object;
    private final Set<String> read = new HashSet<>();

    FieldReader(ObjectNode object) {
        this.object = object;
    }

    String string(String name) throws MalformedMessageException {
        JsonNode node = required(name);
        if (!node.isTextual()) {
            throw wrongType(name, "a string");
        }
        return node.textValue();
    }

    boolean bool(String name) throws MalformedMessageException {
        JsonNode node = required(name);
        if (!node.isBoolean()) {
            throw wrongType(name, "true or false");
        }
        return node.booleanValue();
    }

    long integer(String name) throws MalformedMessageException {
        JsonNode node = required(name);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(name, "an integer");
        }
        return node.longValue();
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
        JsonNode node = required(name);
        if (!node.isArray()) {
            throw wrongType(name, "an array of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw wrongType(name, "an array of strings");
            }
            values.add(element.textValue());
        }
        return values;
    }

    /** An array of objects, each read as strictly as a message. */
    List<FieldReader> objects(String name) throws MalformedMessageException {
        JsonNode node = required(name);
        if (!node.isArray()) {
            throw wrongType(name, "an array of objects");
        }
        List<FieldReader> readers = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!(element instanceof ObjectNode object)) {
                throw wrongType(name, "an array of objects");
            }
            readers.add(new FieldReader(object));
        }
        return readers;
    }

    /** Fails when the object has a field no reader asked for. */
    void requireNoOtherFields(String type) throws MalformedMessageException {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new MalformedMessageException("unknown field '" + name + "' in a '" + type + "' message");
            }
        }
    }

    private JsonNode required(String name) throws MalformedMessageException {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            throw new MalformedMessageException("missing field '" + name + "'");
        }
        read.add(name);
        return node;
    }

    private static MalformedMessageException wrongType(String name, String expected) {
        return new MalformedMessageException("field '" + name + "' must be " + expected);
    }
}
