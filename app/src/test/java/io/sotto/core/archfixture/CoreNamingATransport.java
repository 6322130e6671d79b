package io.sotto.core.archfixture;

import io.sotto.transport.archfixture.TransportUsingCore;

/** Deliberately breaks the rule "core names no provider"; only DependencyRulesTest imports it. */
public final class CoreNamingATransport {
    public Object transport() {
        return new TransportUsingCore();
    }
}
