package io.sotto.api.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberately breaks "api knows only the JDK and PF4J"; only DependencyRulesTest imports it. */
public final class ApiUsingJackson {
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
