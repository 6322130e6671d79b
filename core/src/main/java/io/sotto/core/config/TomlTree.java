package io.sotto.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.List;

/**
 * TOML text and command-line values as a tree of nodes, built without an {@code ObjectMapper}.
 *
 * <p>Why not {@code TomlMapper.readTree}: a mapper initialises jackson-databind's whole
 * serialization machinery, about 300 classes and the JDK's locale tables (its default date
 * format), which a running server would carry to the end for a file read once at start. The
 * factory's parser needs only the node classes.
 */
final class TomlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TomlFactory TOML = new TomlFactory();

    private TomlTree() {}

    /** An empty table. */
    static ObjectNode table() {
        return NODES.objectNode();
    }

    /** The document's root table; an empty document is an empty table. */
    static ObjectNode parse(String text) throws IOException {
        try (JsonParser parser = TOML.createParser(text)) {
            return parser.nextToken() == JsonToken.START_OBJECT ? readTable(parser) : table();
        }
    }

    /** A command-line value: a String, Integer, Long, Boolean or List of Strings. */
    static JsonNode of(Object value) {
        return switch (value) {
            case String text -> NODES.textNode(text);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Boolean flag -> NODES.booleanNode(flag);
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(element -> array.add(of(element)));
                yield array;
            }
            default -> throw new IllegalArgumentException("not a config value: " + value.getClass().getName());
        };
    }

    private static ObjectNode readTable(JsonParser parser) throws IOException {
        ObjectNode table = table();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            table.set(key, readValue(parser));
        }
        return table;
    }

    private static ArrayNode readArray(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser));
        }
        return array;
    }

    /** The value at the parser's current token, which starts it. */
    private static JsonNode readValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readTable(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NODES.numberNode(parser.getBigIntegerValue())
                    : NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            // Dates and times: the tree holds them as objects; no setting takes one, so text will do.
            case VALUE_EMBEDDED_OBJECT -> NODES.textNode(String.valueOf(parser.getEmbeddedObject()));
            default -> NODES.nullNode();
        };
    }
}
