package io.sotto.app;

import io.sotto.api.Extension;
import io.sotto.core.config.ConfigException;
import io.sotto.core.registry.ExtensionRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the ids a configuration names (in order of preference) into the extensions found, and
 * refuses an id nothing provides with the list of what is available.
 */
final class ExtensionChoice {
    private ExtensionChoice() {}

    static <T extends Extension> List<T> pick(ExtensionRegistry registry, Class<T> type, List<String> ids, String key)
            throws ConfigException {
        List<T> chosen = new ArrayList<>(ids.size());
        for (String id : ids) {
            chosen.add(registry.find(type, id).orElseThrow(() -> new ConfigException(key + ": no extension provides '"
                    + id + "'; available: " + registry.all(type).stream().map(Extension::id).toList())));
        }
        return chosen;
    }
}
