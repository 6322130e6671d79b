package io.sotto.serializer.archfixture;

import io.sotto.core.json.JsonSerializer;

/** Deliberately breaks the rule "providers never use core"; only DependencyRulesTest imports it. */
public final class SerializerUsingCore {
    public byte[] borrow(io.sotto.api.message.Message message) {
        return new JsonSerializer().encode(message);
    }
}
