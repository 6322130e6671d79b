package io.sotto.bench.jmh;

import io.sotto.api.crypto.CipherSuite;
import io.sotto.api.message.Serializer;
import io.sotto.core.registry.ExtensionRegistry;

/** Suites and serializers by id from the registry. */
final class Providers {
    private static final ExtensionRegistry REGISTRY = ExtensionRegistry.discoverModules();

    private Providers() {}

    static CipherSuite suite(String id) {
        return REGISTRY.find(CipherSuite.class, id).orElseThrow(() -> new IllegalStateException("no cipher suite '" + id
                + "' on the class path; found: " + REGISTRY.all(CipherSuite.class).stream().map(CipherSuite::id).toList()));
    }

    static Serializer serializer(String id) {
        return REGISTRY.find(Serializer.class, id).orElseThrow(() -> new IllegalStateException("no serializer '" + id
                + "' on the class path"));
    }
}
