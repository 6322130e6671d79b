package io.sotto.core.registry;

import io.sotto.api.ExtensionKind;

/**
 * Two extensions of the same kind claim the same id. Sotto refuses to start rather than pick one
 * silently; the message names the kind, the id and both origins so the user knows which jar or
 * module to remove.
 */
public final class DuplicateExtensionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExtensionKind kind;
    private final String id;

    public DuplicateExtensionException(ExtensionKind kind, String id, String firstOrigin, String secondOrigin) {
        super("two " + kind.label() + " extensions have the id \"" + id + "\": one from " + firstOrigin
                + ", one from " + secondOrigin + "; remove one of them");
        this.kind = kind;
        this.id = id;
    }

    public ExtensionKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
