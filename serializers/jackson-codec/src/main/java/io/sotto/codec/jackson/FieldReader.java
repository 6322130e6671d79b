package io.sotto.codec.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sotto.api.message.MalformedMessageException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of one message, read from a parser in one pass and then handed out strictly by name
 * and type, remembering which were asked for so that any field left over can be refused as
 * unknown.
 *
 * <p>Each value is kept as a {@link String}, {@link Boolean}, {@link Long}, {@link Strings}, {@link Objects}, {@code
 * null} (an explicit null) or {@link Unusable} (anything no message field can be: an object, a
 * fraction, binary data, an integer beyond 64 bits, a mixed array).
 *
 * <p>Every received message goes through here, so the fields are kept in parallel arrays in the
 * order read rather than in hash maps: a message has at most six fields, and Jackson hands out
 * canonical (interned) names, so a name found compares by identity. Names that differ still cost
 * a comparison each, which both look-ups avoid in the usual case: the duplicate check first tests
 * one bit per name hash, and the getters' scan starts after the last field found.
 */
final class FieldReader {
    /** Room for any message's fields; more (only in a message that will be refused) grows the arrays. */
    private static final int INITIAL_CAPACITY = 8;

    /**
     * From this many fields on, the duplicate check uses a hash set, so that a hostile object with
     * thousands of fields costs linear time rather than a scan per field.
     */
    private static final int SCAN_LIMIT = 16;

    private String[] names = new String[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    /** Which fields a getter has asked for; the rest are unknown. */
    private boolean[] read = new boolean[INITIAL_CAPACITY];
    private int count;

    /** The {@link #hashBit} of every name read: a name whose bit is clear is certainly new. */
    private long nameBits;
    /** Every name, once there are {@link #SCAN_LIMIT} of them; null before. */
    private Set<String> manyNames;
    /**
     * Where {@link #indexOf} starts: the getters ask for fields in the order the writer writes
     * them, so in a well-formed message the field after the last one found is the one asked for.
     */
    private int next;

    private FieldReader() {}

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
        FieldReader fields = new FieldReader();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            // Checked before the value is read: a repeated name is the reason even if its value is unreadable.
            if (fields.contains(name)) {
                throw new MalformedMessageException("duplicate field '" + name + "'");
            }
            fields.add(name, value(parser, parser.nextToken()));
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new MalformedMessageException("the message ends inside an object");
        }
        return fields;
    }

    private boolean contains(String name) {
        if ((nameBits & hashBit(name)) == 0) {
            return false;
        }
        return manyNames != null ? manyNames.contains(name) : indexOf(name) >= 0;
    }

    /** One of 64 bits, by the name's hash (cached in the string; a shift uses its low six bits). */
    private static long hashBit(String name) {
        return 1L << name.hashCode();
    }

    private void add(String name, Object value) {
        if (count == names.length) {
            grow();
        }
        names[count] = name;
        nameBits |= hashBit(name);
        values[count] = value;
        count++;
        if (manyNames != null) {
            manyNames.add(name);
        } else if (count == SCAN_LIMIT) {
            manyNames = new HashSet<>(Arrays.asList(names).subList(0, count));
        }
    }

    private void grow() {
        int capacity = names.length * 2;
        names = Arrays.copyOf(names, capacity);
        values = Arrays.copyOf(values, capacity);
        read = Arrays.copyOf(read, capacity);
    }

    /** The position of the field with this name, or -1; names are unique, duplicates being refused. */
    private int indexOf(String name) {
        for (int i = next; i < count; i++) {
            if (names[i].equals(name)) {
                return found(i);
            }
        }
        for (int i = 0; i < next; i++) {
            if (names[i].equals(name)) {
                return found(i);
            }
        }
        return -1;
    }

    private int found(int index) {
        next = index + 1;
        return index;
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
        for (int i = 0; i < count; i++) {
            if (!read[i]) {
                throw new MalformedMessageException("unknown field '" + names[i] + "' in a '" + type + "' message");
            }
        }
    }

    private Object required(String name) throws MalformedMessageException {
        int index = indexOf(name);
        Object value = index < 0 ? null : values[index];
        if (value == null) {
            throw new MalformedMessageException("missing field '" + name + "'");
        }
        read[index] = true;
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
