package io.sotto.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code [section]} of the config, read key by key. Each getter checks the type and range of
 * one key and says exactly what was wrong; {@link #rejectUnknownKeys()} then refuses any key no
 * getter asked for, so a typo is an error instead of a silently ignored setting.
 */
final class Section {
    private final String name;
    private final ObjectNode table;
    private final Sources sources;
    private final Set<String> known = new LinkedHashSet<>();

    Section(String name, ObjectNode table, Sources sources) {
        this.name = name;
        this.table = table;
        this.sources = sources;
    }

    Optional<String> string(String key, boolean mayBeEmpty) throws ConfigException {
        JsonNode node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || (!mayBeEmpty && node.textValue().isBlank())) {
            throw wrong(key, mayBeEmpty ? "a string" : "a non-empty string", node);
        }
        return Optional.of(node.textValue());
    }

    Optional<Integer> integer(String key, int min, int max) throws ConfigException {
        JsonNode node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        boolean fits = node.isIntegralNumber() && node.canConvertToLong()
                && node.longValue() >= min && node.longValue() <= max;
        if (!fits) {
            throw wrong(key, "an integer from " + min + " to " + max, node);
        }
        return Optional.of(node.intValue());
    }

    Optional<Boolean> bool(String key) throws ConfigException {
        JsonNode node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw wrong(key, "true or false", node);
        }
        return Optional.of(node.booleanValue());
    }

    /** A non-empty list of distinct, non-empty strings. */
    Optional<List<String>> names(String key) throws ConfigException {
        JsonNode node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        String expected = "a non-empty list of distinct non-empty strings";
        if (!node.isArray() || node.isEmpty()) {
            throw wrong(key, expected, node);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual() || element.textValue().isBlank() || names.contains(element.textValue())) {
                throw wrong(key, expected, node);
            }
            names.add(element.textValue());
        }
        return Optional.of(List.copyOf(names));
    }

    /** Like {@link #names}, each entry also checked by {@code check}, whose message says what is expected. */
    Optional<List<String>> names(String key, java.util.function.Consumer<String> check) throws ConfigException {
        Optional<List<String>> names = names(key);
        if (names.isPresent()) {
            for (String name : names.get()) {
                try {
                    check.accept(name);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(sources.where(qualified(key)) + e.getMessage());
                }
            }
        }
        return names;
    }

    /** A folder; {@code ~} at the start means the user's home folder. */
    Optional<Path> path(String key, String userHome) throws ConfigException {
        Optional<String> text = string(key, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            if (value.equals("~")) {
                return Optional.of(Path.of(userHome));
            }
            if (value.startsWith("~/")) {
                return Optional.of(Path.of(userHome, value.substring(2)));
            }
            return Optional.of(Path.of(value));
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(sources.where(qualified(key)) + "expected a path, got "
                    + Values.show(table.get(key)) + " (" + e.getReason() + ")");
        }
    }

    void rejectUnknownKeys() throws ConfigException {
        Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
        while (fields.hasNext()) {
            String key = fields.next().getKey();
            if (!known.contains(key)) {
                throw new ConfigException(sources.where(qualified(key)) + "unknown key; [" + name
                        + "] knows " + String.join(", ", known));
            }
        }
    }

    private JsonNode value(String key) {
        known.add(key);
        JsonNode node = table.get(key);
        return node == null || node.isMissingNode() ? null : node;
    }

    private ConfigException wrong(String key, String expected, JsonNode actual) {
        return new ConfigException(sources.where(qualified(key)) + "expected " + expected + ", got "
                + Values.show(actual));
    }

    private String qualified(String key) {
        return name + "." + key;
    }
}
