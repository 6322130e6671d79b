package io.sotto.core.registry;

import io.sotto.api.Extension;
import io.sotto.api.ExtensionKind;
import java.util.Objects;

/** An extension instance with what the registry knows about where it came from. */
record Found(ExtensionKind kind, Extension extension, String version, String origin) {
    Found {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(origin, "origin");
    }

    ExtensionInfo info() {
        return new ExtensionInfo(kind, extension.id(), extension.description(), version, origin);
    }
}
