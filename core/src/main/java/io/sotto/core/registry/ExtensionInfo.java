package io.sotto.core.registry;

import io.sotto.api.ExtensionKind;
import java.util.Objects;

/**
 * One extension as {@code sotto plugins} lists it.
 *
 * @param kind which extension point it implements
 * @param id its stable id
 * @param description one line on what it does
 * @param version the version of the module or plugin it came from, or {@code unversioned}
 * @param origin where it came from, e.g. {@code module io.sotto.transport.tcp} or {@code plugin
 *     sotto-help (plugins/sotto-plugin-help-0.1.0.jar)}
 */
public record ExtensionInfo(ExtensionKind kind, String id, String description, String version, String origin) {
    public ExtensionInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(origin, "origin");
    }
}
