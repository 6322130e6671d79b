package io.sotto.codec.archfixture;

import io.sotto.serializer.cbor.CborSerializer;

/** Deliberately breaks the rule "a library depends on api only"; only DependencyRulesTest imports it. */
public final class LibraryUsingAProvider {
    public String id() {
        return new CborSerializer().id();
    }
}
