package io.sotto.bench;

import java.util.Locale;
import java.util.Map;

/** A tiny writer for the flat JSON summaries; keys are ours, string values are escaped. */
final class Json {
    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    Json field(String key, String value) {
        return raw(key, quote(value));
    }

    Json field(String key, long value) {
        return raw(key, Long.toString(value));
    }

    Json field(String key, double value) {
        return raw(key, Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null");
    }

    Json field(String key, boolean value) {
        return raw(key, Boolean.toString(value));
    }

    Json object(String key, Json value) {
        return raw(key, value.toString());
    }

    Json counts(String key, Map<String, Long> counts) {
        Json inner = new Json();
        counts.forEach(inner::field);
        return object(key, inner);
    }

    Json strings(String key, Map<String, String> values) {
        Json inner = new Json();
        values.forEach(inner::field);
        return object(key, inner);
    }

    private Json raw(String key, String value) {
        if (!first) {
            out.append(',');
        }
        first = false;
        out.append(quote(key)).append(':').append(value);
        return this;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
