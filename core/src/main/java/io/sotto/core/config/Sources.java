package io.sotto.core.config;

import java.util.Map;

/**
 * Where each key's value came from, so an error names the config file for values read from it and
 * the flag for values given on the command line.
 */
final class Sources {
    private final String fileName;
    private final Map<String, String> flagByKey;

    Sources(String fileName, Map<String, String> flagByKey) {
        this.fileName = fileName;
        this.flagByKey = Map.copyOf(flagByKey);
    }

    /** The start of an error message about {@code key}, up to and including ": ". */
    String where(String key) {
        String flag = flagByKey.get(key);
        if (flag != null) {
            return "option " + flag + ": ";
        }
        return fileName + ": " + key + ": ";
    }

    String fileName() {
        return fileName;
    }
}
