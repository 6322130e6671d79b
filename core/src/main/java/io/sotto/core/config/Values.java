package io.sotto.core.config;

import com.fasterxml.jackson.databind.JsonNode;

/** How a value the user gave is quoted back in an error message. */
final class Values {
    private static final int LONGEST = 60;

    private Values() {}

    static String show(JsonNode node) {
        if (node.isObject()) {
            return "a table";
        }
        // JSON text quotes strings and escapes control characters: close enough to TOML for a message.
        String text = node.toString();
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "..." : text;
    }
}
