package io.sotto.transport.archfixture;

import io.sotto.core.registry.ExtensionRegistry;

/** Deliberately breaks the rule "providers never use core"; only DependencyRulesTest imports it. */
public final class TransportUsingCore {
    public ExtensionRegistry registry() {
        return ExtensionRegistry.of();
    }
}
